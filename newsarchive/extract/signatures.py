"""Who signs or credits the text in its own lines: a signature after a greeting or a dash,
a formal closing with a role, a credit line ("Ein Beitrag von …", "Bericht: …"), a guest
named where the post opens or in its byline; a first name alone completed from the page.
The patterns live in :mod:`newsarchive.extract.data` (``data/signatures.py``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from newsarchive.extract import data
from newsarchive.extract.givenname import without_titles
from newsarchive.extract.names import split_authors
from newsarchive.extract.text import drop_invisible


def signature(lines: list[str]) -> str | None:
    """The name signing a post in its last line after a greeting ("Viele Grüße, Anna",
    "Eure Anna Müller", formal: "Herzliche Grüße, Ihre Anna Müller"); the greeting may
    stand on the line before; or a full name alone after a dash ("– Katja Lorenz")."""
    if not lines:
        return None
    last = drop_invisible(lines[-1]).strip()
    before = lines[-2].strip() if len(lines) > 1 else ""
    match = data.SIGNATURE.fullmatch(last)
    if match is None and data.SIGNATURE_GREETING.fullmatch(before):
        match = data.SIGNATURE.fullmatch(f"{before} {last}")
    if match is None:
        # "– Katja Lorenz": a full name alone after a dash, no source or team word
        dash = data.DASH_SIGNATURE.fullmatch(last)
        if dash and not data.DASH_SIGNATURE_NOT_NAMES.search(dash.group("name")):
            match = dash
    if match is None:
        # "Herzliche Grüße / Ihre Claudia Brandes": formal, a full name, no organisation
        match = data.FORMAL_SIGNATURE.fullmatch(last) or (
            data.FORMAL_SIGNATURE.fullmatch(f"{before} {last}")
            if data.SIGNATURE_GREETING.fullmatch(before)
            # "Herzliche Grüße" / "Ihre" / "Anna Roth": the pronoun on a line of its own
            else data.FORMAL_SIGNATURE.fullmatch(f"{lines[-3].strip()} {before} {last}")
            if len(lines) > 2 and before in ("Ihr", "Ihre")
            else None
        )
        if match is None or data.FORMAL_SIGNATURE_NOT_NAMES.search(match.group("name")):
            return role_closing(before, last)
    name = match.group("name")
    if name.lower() in data.AUTHOR_STOPWORDS | data.AUTHOR_PLACES or (
        data.SIGNATURE_NOT_NAMES.search(name)
    ):
        return None
    return name


def credit_line(nodes: list[tuple[str, bool]]) -> list[str]:
    """The writers a line of the article credits ("Ein Beitrag von Finn Albrecht und Sophie
    Ranft, Studierende …"; :data:`~.data.CREDIT_LINE`), none of them a group."""
    for text, _ in nodes[: data.BYLINE_MAX_NODES]:
        match = data.CREDIT_LINE.match(text)  # (a node's text is folded: see page_nodes)
        if match and not data.SIGNATURE_NOT_NAMES.search(match.group("names")):
            return split_authors([match.group("names")])[0]
    return []


def closing_credit(nodes: list[tuple[str, bool]]) -> list[str]:
    """The writers a credit line after the headline names ("Bericht: Erwin Tölke, Fotos:
    Werner Dallmeyer" closing a report; :data:`~.data.CLOSING_CREDIT`; "Recherche: A; Text:
    B", the writer's part among labelled parts: :func:`writer_part`; a wire sign-off's
    reporters: :func:`wire_reporters`), the last such line in
    the first :data:`~.data.BYLINE_MAX_NODES` text nodes: every name a full one or a given
    name with a role in brackets (:func:`_credited_name`) or given names alone, two or more
    (:func:`_given_names_only`), none a group."""
    readers = (
        _names_of(data.CLOSING_CREDIT),
        _names_of(data.PODCAST_CREDIT),
        _names_of(data.CONTACT_CREDIT),  # "Kontakt zum Autor: A, Telefon …"
        wire_reporters,
        writer_part,
        _names_of(data.TITLED_CLOSING_CREDIT, opening=True),  # "Text: Dr. A, Archiv X. Wir …"
        _names_of(data.WROTE_CREDIT, opening=True),  # "Diesen Artikel haben A und B geschrieben."
    )
    for read in readers:
        for text, skip in reversed(nodes[: data.BYLINE_MAX_NODES]):
            found = None if skip else read(text)  # (folded already)
            if found and not data.SIGNATURE_NOT_NAMES.search(found):
                names = split_authors([found])[0]
                if names and (
                    all(_credited_name(n, found) for n in names) or _given_names_only(names)
                ):
                    return names
    return []


def names_only_line(nodes: list[tuple[str, bool]]) -> list[str]:
    """The writers a text node of names only names near the headline ("Aino Lehtisalo, Jussi
    Halme and Lotta Brenner": :data:`~.data.NAMES_ONLY_LINE`), in the first
    :data:`~.data.NAMES_LINE_NODES` nodes, no name opening with a word that is no part of
    one (a sign-off "Euer Elternbeirat, A und B" names nobody: :data:`~.data.NAME_LEAD_WORD`);
    [] where none does."""
    for text, skip in nodes[: data.NAMES_LINE_NODES]:
        match = None if skip else data.NAMES_ONLY_LINE.fullmatch(text)
        names = split_authors([match["names"]])[0] if match else []
        if names and not any(data.NAME_LEAD_WORD.fullmatch(n.split()[0]) for n in names):
            return names
    return []


def _names_of(pattern: re.Pattern[str], opening: bool = False) -> Callable[[str], str | None]:
    """A reader of the names a whole line matching ``pattern`` gives (its ``names`` group),
    or a line ``pattern`` opens (``opening``: a sentence may follow the credit)."""

    def read(text: str) -> str | None:
        match = pattern.match(text) if opening else pattern.fullmatch(text)
        return match.group("names") if match else None

    return read


def wire_reporters(text: str) -> str | None:
    """The reporters a wire service's sign-off names, their places cut ("(Reporting by A in
    London and B in Paris; Editing by C)": "A and B"; :data:`~.data.WIRE_REPORTING`)."""
    match = data.WIRE_REPORTING.fullmatch(text)
    return data.WIRE_REPORTER_PLACE.sub("", match.group("names")) if match else None


def writer_part(text: str) -> str | None:
    """The names of the one writer's part of a credit line made of labelled parts in any
    order ("Recherche: A; Text: B", "Fotos: C · Text: B"; :data:`~.data.CREDIT_PART`)."""
    parts = data.CREDIT_PART_SEPARATOR.split(text.strip())
    matches = [data.CREDIT_PART.fullmatch(part) for part in parts]
    if len(parts) < 2 or not all(matches):
        return None
    writers = [
        m.group("names")
        for m in matches
        if m and m.group("label").lower() in data.CREDIT_WRITER_LABELS
    ]
    return writers[0] if len(writers) == 1 else None


def _credited_name(name: str, credit: str) -> bool:
    """A full name, or a given name alone with a role or a year in brackets after it ("Lea
    (2. Lehrjahr)": a trainee signing her blog post; "Bericht: Erwin" alone names nobody)."""
    if " " in name:
        return data.BYLINE_NAME.fullmatch(without_titles(name)) is not None
    return name.lower() in data.GIVEN_NAMES and f"{name} (" in credit


def _given_names_only(names: list[str]) -> bool:
    """Two or more given names alone, credited together ("Text: Lena und Jonas", a school
    class's or a village blog's writers who sign by first name; session 58, read on
    de_full405, de_full413 and de_full419): each a given name, so a team of people."""
    return len(names) > 1 and all(
        " " not in name and name.lower() in data.GIVEN_NAMES for name in names
    )


def closing_signature(lines: list[str]) -> str | None:
    """A formal signature without a greeting, on a line of its own after a closing sentence
    ("Sprechen Sie uns gerne an." / "Ihr Matthias Kessler", also "Ihr" / "Matthias
    Kessler"), in the post's last lines with
    only short ones after it (:data:`~.data.CLOSING_SIGNATURE`); no organisation."""
    start = max(1, len(lines) - data.CLOSING_SIGNATURE_LINES)
    for i in range(len(lines) - 1, start - 1, -1):
        line, previous = drop_invisible(lines[i]).strip(), lines[i - 1].strip()
        if previous in ("Ihre", "Ihr") and i > 1:
            # the formal word on a line of its own, the name under it ("Ihre" / "Kerstin Amsel")
            line, previous = f"{previous} {line}", lines[i - 2].strip()
        match = data.CLOSING_SIGNATURE.fullmatch(line)
        if (
            match
            and previous.endswith((".", "!"))
            and all(len(x.split()) < data.CLOSING_SIGNATURE_AFTER_WORDS for x in lines[i + 1 :])
            and not data.FORMAL_SIGNATURE_NOT_NAMES.search(match.group("name"))
            and not data.SIGNATURE_NOT_NAMES.search(match.group("name"))
        ):
            return match.group("name")
    return None


def role_closing(before: str, last: str) -> str | None:
    """The name of a formal closing over two lines with a role ("Ihre Apothekerin" / "Dr.
    Sabine Roth", "Ihr Carsten Roth" / "Geschäftsführer"); no organisation's
    (:data:`~.data.CLOSING_ORGANISATION`: "Ihr Praxisteam", "Ihre Sparkasse")."""
    role = data.ROLE_CLOSING_ROLE.fullmatch(before)
    named = data.ROLE_CLOSING_NAME.fullmatch(last)
    if role and named and not data.CLOSING_ORGANISATION.search(role.group("role")):
        name = named.group("name")
    else:
        closing = data.NAME_CLOSING.fullmatch(before)
        if not (closing and data.CLOSING_ROLE_LINE.fullmatch(last)):
            return None
        name = closing.group("name")
    if data.FORMAL_SIGNATURE_NOT_NAMES.search(name) or data.SIGNATURE_NOT_NAMES.search(name):
        return None
    return name


def guest_opening(openings: list[str]) -> str | None:
    """The guest author a post names where it opens ("Heute schreibt hier Gastautorin Nina
    Keller, …"; :data:`~.data.GUEST_OPENING`; "Ein Gastbeitrag: A ist …",
    :data:`~.data.GUEST_OPENING_BIO`): the lead or the first body line."""
    for text in openings:
        head = text[: data.GUEST_OPENING_CHARS]
        match = data.GUEST_OPENING.search(head) or data.GUEST_OPENING_BIO.search(head)
        if match and not data.SIGNATURE_NOT_NAMES.search(match.group("name")):
            return match.group("name")
    return None


def guest_byline(nodes: list[tuple[str, bool]]) -> str | None:
    """The guest a byline near the headline names ("ein Gastbeitrag von Ingrid Sommerkamp,
    22.02.2026"; :data:`~.data.GUEST_BYLINE`), not a group; a lead alone in its node takes
    the next node's name ("Gastkommentar von" <strong>A</strong>)."""
    window = nodes[: data.BYLINE_NODES_BEFORE + data.BYLINE_PARAGRAPH_NODES]
    shown = False  # a byline above ("Von A"): a contribution's line credits no one over it
    for i, (node, skip) in enumerate(window):  # (each text folded already: see page_nodes)
        if skip:
            continue
        if (
            ("ast" in node or "AST" in node or "uest" in node)
            and i + 1 < len(window)
            and data.GUEST_LEAD.fullmatch(f"{node} ")
        ):
            if i + 2 < len(window) and data.BYLINE_JOINER.fullmatch(window[i + 2][0]):
                continue  # "Gastbeitrag von" <a>A</a> "und" <a>B</a>: the byline lists them
            node = f"{node} {window[i + 1][0]}"  # "Ein Gastbeitrag von" <strong>A</strong>
        # (a post head's last field too: "05.05.2013 · 5 Min. · Gastbeitrag von A")
        last = re.split(r"[·•|]", node)[-1].strip()
        guest = _guest_led(node, shown) or (_guest_led(last, shown) if last != node else None)
        if guest:
            return guest
        shown = shown or bool(data.BYLINE_TEXT.search(node))
    return None


def guest_writers(guest: str, nodes: list[tuple[str, bool]]) -> list[str]:
    """The guest and the writers the same line joins to them, each a person's full name
    with its role left out ("Ein Beitrag von Sabine Kröger, Bankfachwirtin, und Tim Albers,
    CFP®"; session 65, read on de_full681); the guest alone where the line names no other
    person (at most :data:`~.data.GUEST_WRITERS_MAX` in all)."""
    for text, skip in nodes[: data.BYLINE_NODES_BEFORE + data.BYLINE_PARAGRAPH_NODES]:
        at = -1 if skip else text.find(guest)
        if at < 0 or not re.search(r"\b(?:und|and)\b|&", text[at + len(guest) :]):
            continue
        names, agencies = split_authors([text[at:]])
        people = [n for n in names if " " in without_titles(n)]
        if (
            not agencies
            and 1 < len(names) <= data.GUEST_WRITERS_MAX
            and names[0] == guest
            and people == names
            and all(data.BYLINE_NAME.fullmatch(without_titles(n)) for n in names)
        ):
            return names
        break
    return [guest]


def _guest_led(text: str, shown: bool = False) -> str | None:
    """The guest ``text`` opens with (:data:`~.data.GUEST_BYLINE`), titles kept: a short
    byline, or its first sentence or clause where the guest's biography or role follows; a
    contribution's writer ("Ein Beitrag von A") only where no byline is ``shown`` above."""
    match = data.GUEST_BYLINE.match(text)
    if match is None or data.SIGNATURE_NOT_NAMES.search(match.group("name")):
        return None
    if shown and match.group("contribution"):
        return None
    if re.search(rf"(?:^|\s){data.PUBLICATION_WORDS}$", match.group("name").lower()):
        return None  # a publication's credit on an aggregator ("Ein Artikel von Lippetal Post")
    if len(text) <= data.GUEST_LEAD_MAX_CHARS:
        return match.group("titled")
    if match.group("end") in ".," and match.end() <= data.GUEST_LEAD_MAX_CHARS:
        return match.group("titled")  # the byline, then the guest's biography or role
    return None


def signed_in_full(lines: list[str], html: str) -> str | None:
    """The post's signature (:func:`signature`); a first name alone ("Liebe Grüße, Sabine",
    also "— Greta" after a dash) completed where the page shows that first name with one
    surname ("Ich bin Sabine Kaiser" in an "Über mich" box), else as it stands (a dash
    before a first name alone is no signature then)."""
    signed = signature(lines) or closing_signature(lines)
    if signed is None and lines:
        dash = data.DASH_FIRST_NAME.fullmatch(drop_invisible(lines[-1]).strip())
        if dash and dash.group("name").lower() not in data.AUTHOR_STOPWORDS:
            return in_full(dash.group("name"), html)
    if signed and " " not in signed:
        return in_full(signed, html) or signed
    return signed


def in_full(first: str, html: str) -> str | None:
    """The first name with the one surname the page's source gives it, if exactly one."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(first)}{data.SURNAME_AFTER}")
    surnames = {
        match.group(1)
        for match in pattern.finditer(html)
        if match.group(1).lower() not in data.AUTHOR_STOPWORDS
        and not data.LOGIN_OWNER_NOT_AFTER.search(html[max(0, match.start() - 20) : match.start()])
    }
    return f"{first} {surnames.pop()}" if len(surnames) == 1 else None
