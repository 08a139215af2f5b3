"""Author names: byline strings split into names and agencies, cleaned, completed."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylineunits import is_unit
from newsarchive.extract.employers import without_employer
from newsarchive.extract.givenname import opens_with_given_name
from newsarchive.extract.index import (
    contains_any,
    in_order,
    page_index,
    visible_text,
    with_class,
)
from newsarchive.extract.metadata import Metadata, resolve_ids, walk_jsonld
from newsarchive.extract.parsing import element_text
from newsarchive.extract.rolephrase import is_role_part, is_role_phrase, without_role_asides
from newsarchive.extract.roles import is_role, leading_role
from newsarchive.extract.sitewriter import is_person_name
from newsarchive.extract.teamname import is_team
from newsarchive.extract.text import drop_invisible, fold, norm, without_profile_marks


def _clean_name(raw: str) -> str:
    name = fold(drop_invisible(re.sub(r"<[^>]+>", " ", raw)))
    name = re.sub(r"^[\s|•·:,-]+|[\s|•·:,-]+$", "", name)
    for _ in range(2):
        name = data.AUTHOR_PREFIX.sub("", name).strip()
    # asides leave ("Anna Roth (ar)"); a diploma's school stays ("Dipl.-Ing. (FH) A"; s. 65)
    name = re.sub(rf"\s*(?!{data.DIPLOMA_SCHOOL})\([^)]*\)\s*", " ", name).strip()
    name = re.sub(r"^@", "", name)
    name = data.AUTHOR_TRAILER.sub("", name).strip()
    words = name.split()
    while len(words) > 2 and leading_role(words[0]):
        words = words[1:]  # "Redakteur Martin Scholz": the role before the name
    name = " ".join(words)
    for i, word in enumerate(words):
        if i and word.lower().strip(".,:") in data.ROLE_WORDS:
            name = " ".join(words[:i])
            break
    core = name.strip(" ,.;:-–—")
    if data.NAME_ENDS_IN_INITIAL.search(core) and name.lstrip(" ,.;:-").startswith(core + "."):
        return core + "."  # "J. K.", "Anna M.": the initial keeps its period
    return core


def split_authors(values: Iterable[str]) -> tuple[list[str], list[str]]:
    """Clean names and agencies from byline strings ("Von Anna Müller und Jan Schulz, dpa").

    A tail naming the agencies' material ("mit Material von dpa") gives agencies only; a
    picture credit ("Text: A / Fotos: B", "A und B (Fotos)") names a writer only when no
    other part does (:data:`~.data.PICTURE_LEAD`)."""
    names: list[str] = []
    agencies: list[str] = []
    pictures: list[str] = []
    for raw in values:
        if not raw or raw.startswith(("http://", "https://")):
            continue
        text = without_role_asides(without_profile_marks(fold(raw)))
        if label := data.SOURCE_LABEL.match(text):
            # "Quelle: dpa/AFP": the agencies in it, never a name (a source is no writer); a
            # desk's share beside the agencies' ("Quelle: Nachrichtenredaktion, mit Material
            # von dpa"): the agencies after it (read on de_full141)
            rest = text[label.end() :]
            material = data.MATERIAL_TAIL.search(rest)
            keys = _agency_keys(rest[: material.start()] if material else rest)[0]
            if material:
                keys += _agency_keys(material.group("source"), last_word=True)[0]
            for low in keys:
                _add_author(low, names, agencies)
            continue
        paren = data.AGENCY_PAREN_TAIL.search(text)
        sources, only = _agency_keys(paren.group("source")) if paren else ([], False)
        if paren and sources and only:
            text = text[: paren.start()]  # "Von A (mit dpa)", "A (dpa/AFP)"
            for low in sources:
                _add_author(low, names, agencies)
        if material := data.MATERIAL_TAIL.search(text):
            text = text[: material.start()]  # "… der Agenturen AFP": each part's last word
            for low in _agency_keys(material.group("source"), last_word=True)[0]:
                _add_author(low, names, agencies)
        for segment in _credit_segments(text):
            if data.PICTURE_LEAD.match(segment):
                pictures.append(segment)
            else:
                _add_byline(segment, names, agencies, pictures)
    if not names:
        for segment in pictures:
            _add_byline(segment, names, agencies, None)
    # "Von A, NDR": the broadcaster's or paper's initials after a full name are no writer
    names = [
        n
        for i, n in enumerate(names)
        if not (i and " " in names[i - 1] and data.HOUSE_INITIALS.fullmatch(n))
    ]
    return names, agencies


def _agency_keys(text: str, last_word: bool = False) -> tuple[list[str], bool]:
    """The agencies (lower-case keys of :data:`~.data.AGENCIES`) among the parts of a
    source text ("dpa, Reuters", "dpa/AFP", "der Agenturen AFP und dpa" read by each
    part's ``last_word``), and whether every part is one."""
    keys: list[str] = []
    only = True
    for part in data.AUTHOR_SPLIT.split(text):
        for piece in re.split(r"\s*/\s*", part):
            word = data.AGENCY_NOUN_LEAD.sub("", piece.strip(" .,;:()"))
            word = word.split(" ")[-1] if last_word else word
            if not word:
                continue
            if word.lower() in data.AGENCIES:
                keys.append(word.lower())
            else:
                only = False
    return keys, only


def _credit_segments(text: str) -> list[str]:
    """A byline cut before each picture credit ("Text: A / Fotos: B"; "Text und Fotos: A" whole)."""
    segments: list[str] = []
    for part in data.PICTURE_BOUNDARY.split(text):
        if segments and re.search(r"(?:\bund|&|\bsowie)$", segments[-1], re.IGNORECASE):
            segments[-1] = f"{segments[-1]} {part}"
        else:
            segments.append(part)
    return segments


def _add_byline(
    text: str, names: list[str], agencies: list[str], pictures: list[str] | None
) -> None:
    """The names of one byline part; a name credited for pictures ("B (Fotos)") is put
    aside in ``pictures`` when that is given."""
    text = data.AUTHOR_PREFIX.sub("", text).strip()
    bio = data.BIO_SENTENCE.match(text) if len(text) > 40 else None
    if bio and not data.CAMEL_JOIN.search(bio.group("name")):
        text = bio.group("name")  # "A ist Campaignerin für Finanzwende und Klima."
    text = _unglued(text)  # "Anna RothRedakteurin": two nodes run together
    text = without_employer(
        text, lambda r: is_role(r.lower()) or is_role_phrase(r) or is_unit(r.lower())
    )
    whole = data.INSTITUTION_AND.fullmatch(text) or data.COMPANY_AND.fullmatch(text)
    if whole and not re.search(r"[,;|/]", text):
        # "Landesministerium für Finanzen und Heimat": one name, if long
        name = _clean_name(text)
        if name and name not in names:
            names.append(name)
        return
    for part in data.AUTHOR_SPLIT.split(text):
        part = data.PART_AUTHOR_LABEL.sub("", part)  # "A, Autor B": each name's own label
        for piece in re.split(r"\s*/\s*", part):
            if pictures is not None and data.PICTURE_NAME.search(piece):
                pictures.append(piece)
            else:
                _add_author(piece, names, agencies)


def _unglued(text: str) -> str:
    """A byline's words with two nodes run together split by a comma ("Anna RothRedakteurin"
    reads "Anna Roth, Redakteurin"; :data:`~.data.GLUED_PARTS`), never its first word: a
    login in camel case ("HansMuster") is one name."""
    first, _, rest = text.partition(" ")
    if not rest or not data.GLUED_PARTS.search(rest):
        return text
    return f"{first} {data.GLUED_PARTS.sub(', ', rest)}"


def _add_author(piece: str, names: list[str], agencies: list[str]) -> None:
    low = piece.strip(" .,;:()").lower()
    if names and is_role_part(piece):
        return  # "Birgit Wolf, Leiterin Digitalkommunikation": the role after the name
    if low in data.AGENCIES:
        agency = data.AGENCIES[low]
        if agency not in agencies:
            agencies.append(agency)
        return
    name = _clean_name(piece)
    low = name.lower()
    if not name or low in data.AUTHOR_STOPWORDS or len(name) > 60 or len(name.split()) > 5:
        return
    if "@" in name or re.search(r"[\[(]at[\])]", low) or low in data.ROLE_WORDS - {"redaktion"}:
        return  # e-mail addresses, also spelled "name[at]example.org"; a role alone
    if low in data.ROLE_ENDINGS:
        return  # an office alone ("Vorstand" in a document's meta author; session 50)
    if " " in name and name[0].islower() and name.split()[0] not in data.NAME_PARTICLES:
        return  # a phrase ("deinen Hochzeitsbloggern"), not a name
    if " " in name and data.LABEL_LAST_WORD.fullmatch(name.split()[-1]):
        return  # a label ("Veröffentlicht am"), not a name
    if not re.search(r"[^\W\d_]", name):
        return
    if " " in name and re.search(r"\d", name):
        return  # a date or a count ("October 6", "13 captures"), a club's year: no person
    if low in data.AGENCIES:
        if data.AGENCIES[low] not in agencies:
            agencies.append(data.AGENCIES[low])
        return
    if low not in {n.lower() for n in names}:
        names.append(name)


def is_heading(name: str) -> bool:
    """Whether ``name`` is a list's heading, a button or a state, never a writer
    (:data:`~.data.HEADING_NOT_NAMES`: "Neueste Artikel", "Zum Profil", "Gestern")."""
    return data.HEADING_NOT_NAMES.fullmatch(name.strip()) is not None


def without_places(names: list[str]) -> list[str]:
    """Drop places beside names ("Anna Müller, Frankfurt"; "Verlag, Berlin, Germany")."""
    return [n for n in names if n.lower() not in data.AUTHOR_PLACES]


def spelled_out(names: list[str], tree: etree._Element) -> list[str]:
    """A "first.last" user name spelled out where the page's text gives the full name
    ("Anna P. Roth" for "anna.roth", "Bernd Hofstätter" for "b.hofstaetter"), else as the
    name a lower-case login spells ("Anna Roth"); a styled one ("Anna.DiRoth") stays. First
    names alone stay: many blogs sign so."""
    handles = [n for n in names if " " not in n and len(re.split(r"[._]", n)) == 2]
    if not handles:
        return names
    visible = visible_text(tree)
    if visible is None:
        return names
    out = []
    for name in names:
        first, _, last = name.replace("_", ".").partition(".")
        match = None
        if name in handles and len(first) > 1 and len(last) > 1 and first.isalpha():
            initial = rf"\s+(?:{data.NAME_CAPITAL}\.\s+)?"
            pattern = rf"(?<!\w)(?i:{re.escape(first)}){initial}(?i:{re.escape(last)})(?!\w)"
            match = re.search(pattern, visible)
        elif name in handles and len(first) > 1 and len(last) == 1 and first.isalpha():
            # "jan_o": the surname's initial, spelled out where the page shows the full name
            surname = rf"{re.escape(last.upper())}{data.NAME_LOWER}+"
            pattern = rf"(?<!\w)(?i:{re.escape(first)})\s+{surname}(?!\w)"
            match = re.search(pattern, visible)
        # "b.hofstaetter": an initial and the surname, the full name a signature shows
        owner = login_owner(first + last, tree) if len(first) == 1 and name in handles else ""
        if match:
            out.append(fold(match.group(0)))
        elif owner and owner != first + last:
            out.append(owner)
        elif (
            name in handles
            and name.islower()
            and first.isalpha()
            and last.isalpha()
            and last not in data.DOMAIN_ENDINGS  # "kath.net", "verlag_de": a site
            and not {first, last} & data.HANDLE_NOT_NAMES  # "sv_team", "web.redaktion"
            and opens_with_given_name(first)  # "null_zins" is no "Null Zins"
        ):
            out.append(f"{first.title()} {last.title()}")
        else:
            out.append(name)
    return out


def login_owner(name: str, tree: etree._Element) -> str:
    """A login joining an initial or a first name to the surname ("amueller", "hbraun",
    "annamueller") spelled out as the full name the page shows ("Anna Müller" in an author
    card, "Ich bin Hannes Braun" in a bio line); any other name, or a login no shown name
    spells, stays."""
    if not (name.isalpha() and name.islower() and len(name) >= data.LOGIN_OWNER_MIN_CHARS):
        return name
    visible = visible_text(tree)
    if visible is None:
        return name
    for match in data.SHOWN_NAME_OVERLAPPING.finditer(visible):
        if data.LOGIN_OWNER_NOT_AFTER.search(visible[max(0, match.start() - 20) : match.start()]):
            continue  # "Foto: Frank Lerche": the photographer
        first, last = match.group(1).lower(), match.group(2).lower().replace("-", "")
        for spelling in data.LOGIN_SPELLINGS:
            # "nilsb": the first name and the surname's initial too
            spelled = {f"{first[0]}{last}", f"{first}{last}", f"{first}{last[0]}"}
            if name in {s.translate(spelling) for s in spelled}:
                return f"{match.group(1)} {match.group(2)}"
    return name


def full_name(name: str, tree: etree._Element, meta: Metadata) -> str:
    """A first name alone ("Anna") completed where the page introduces its author in full:
    the author's description ("Anna Roth ist Redakteurin ...") or a heading over the
    author's other posts ("Mehr von Anna Roth"). Elsewhere a first name alone stays."""
    if " " in name or not name.isalpha() or not name[:1].isupper():
        return name
    texts = [
        str(person.get("description") or "")
        for person in walk_jsonld(resolve_ids(meta.jsonld.get("author"), meta.ids))
        if fold(str(person.get("name") or "")) == name
    ]
    bios = [
        e
        for _, e, c in page_index(tree).classed
        if data.AUTHOR_BIO_CLASS in c and contains_any(c, data.AUTHOR_BIO_CLASS_PARTS)
    ]
    texts += [element_text(e) for e in bios[:3]]
    heading = re.compile(rf"{data.AUTHOR_HEADING.pattern}(?i:{re.escape(name)})\s+(\w+)", re.I)
    for text in texts:
        match = re.match(
            rf"{re.escape(name)}\s+({data.NAME_CAPITAL}[^\W\d_]+){data.BIO_NAME_END}", fold(text)
        )
        if match and match.group(1).lower() not in data.AUTHOR_STOPWORDS:
            return f"{name} {match.group(1)}"
    index = page_index(tree)
    headings = in_order(
        *(index.tags[tag] for tag in data.AUTHOR_HEADING_TAGS),
        with_class(tree, data.AUTHOR_HEADING_CLASS_PARTS),
    )
    for element in headings[:50]:
        match = heading.fullmatch(element_text(element))
        if match and match.group(1)[:1].isupper():
            surname = match.group(1)
            return f"{name} {surname.title() if surname.isupper() else surname}"
    return name


def without_site_names(
    found: tuple[list[str], list[str]], site_keys: Iterable[str]
) -> tuple[list[str], list[str]]:
    """Drop the publisher ("finanzblatt.de") from a list of names."""
    names, agencies = found
    keys = set(site_keys)
    names = [
        " ".join(n.split()[:-1]) if len(n.split()) > 1 and norm(n.split()[-1]) in keys else n
        for n in names
    ]  # "Anna musterblog": the blog's name after the author's
    # a personal site's owner beside a co-writer ("Geschrieben von Lena Ott, mit Eva Lang" on
    # the site "Lena Ott") stays a writer (:func:`~.sitewriter.is_person_name`)
    people = [n for n in names if is_person_name(n) or not all_site_names([n], None, site_keys)]
    if people and len(people) < len(names):
        names = people
    return names, agencies


def all_site_names(names: list[str], meta: Metadata | None, site_keys: Iterable[str]) -> bool:
    """True if every "author" is the publisher itself ("finanzblatt.de", "Bankblog")."""
    return all(
        any(k == norm(n) or (len(k) >= 3 and (k in norm(n) or norm(n) in k)) for k in site_keys)
        for n in names
    )


def is_login(name: str) -> bool:
    """True for a user name rather than a person's name: one word, in lower case or with
    digits, dots or underscores ("bankfan77", "a.roth"); "Anna" alone is a first name."""
    return " " not in name and (name.islower() or any(c.isdigit() or c in "._" for c in name))


def is_desk(name: str) -> bool:
    """True for a team's account or a desk named as author ("Online-Redaktion", "Redaktion
    Bankpraxis", "Wirtschaftsredaktion"): a word ending in :data:`~.data.DESK_WORD_ENDING`."""
    return fold(name).lower() in data.TEAM_ACCOUNTS or any(
        w.endswith(data.DESK_WORD_ENDING) for w in re.split(r"[\s-]+", name.lower())
    )


def is_account(name: str) -> bool:
    """True for a login or a team's account rather than a person (:func:`is_login`,
    :data:`~newsarchive.extract.data.TEAM_ACCOUNTS`, a team or an office by its last word:
    :func:`~.teamname.is_team`), or the account a blog posts its guests' texts under
    ("Gastbeiträge", "Guest Posts"; :data:`~.data.GUEST_TAG`)."""
    folded = fold(name).lower()
    return (
        is_login(name)
        or folded in data.TEAM_ACCOUNTS
        or bool(data.GUEST_TAG.fullmatch(folded))
        or is_team(name)
    )


def is_org_name(name: str) -> bool:
    """True for a bank's, firm's or association's name as author ("Sparkasse Rheintal",
    "Nordstern Direktbank", "Kassomat Banksysteme GmbH"; :data:`~.data.ORG_AUTHOR_WORD`,
    :data:`~.data.FIRM_NAME`), not a person's (a given name first)."""
    return bool(
        data.FIRM_NAME.search(name) or data.ORG_AUTHOR_WORD.search(name)
    ) and not opens_with_given_name(name)
