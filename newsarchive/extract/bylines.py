"""Byline sources: where a name may stand on the page (byline text near the headline, a
post's footer, author links, label/data meta pairs, the post author's comment; byline
markup is :mod:`~.markupbylines`). :mod:`~.authors` decides which of them to believe."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylineunits import is_unit
from newsarchive.extract.englishby import byline_after_date_by, date_by_lead
from newsarchive.extract.englishlead import english_by_lead
from newsarchive.extract.enlabelby import english_label_by, roled_joiner
from newsarchive.extract.fullstop import without_full_stop
from newsarchive.extract.givenname import opens_with_given_name
from newsarchive.extract.index import (
    contains_any,
    in_order,
    page_index,
    part_tag,
    with_class,
    xml_tokens,
)
from newsarchive.extract.linkedlead import linked_lead
from newsarchive.extract.mailfrom import mail_from
from newsarchive.extract.metadata import Metadata
from newsarchive.extract.names import is_heading, is_role
from newsarchive.extract.parsing import element_text, xpath
from newsarchive.extract.rolephrase import is_role_part, is_role_phrase, without_role_asides
from newsarchive.extract.teamname import is_team
from newsarchive.extract.text import drop_invisible, fold


def post_author_comment(tree: etree._Element) -> list[etree._Element]:
    """The author elements of the first comment by the post's author (WordPress)."""
    word = data.POST_AUTHOR_COMMENT_CLASS
    for _, comment, classes in page_index(tree).classed:
        if word in classes and word in xml_tokens(classes):  # (a token is in the text)
            return [
                e
                for e in comment.iterdescendants(etree.Element)
                if e.tag == "cite"
                or contains_any(e.get("class") or "", data.POST_AUTHOR_COMMENT_PARTS)
            ]
    return []


def labelled_meta_authors(meta: Metadata) -> list[str]:
    """Authors from label/data meta pairs ("twitter:label1" "Verfasst von", "twitter:data1")."""
    found = []
    for key, labels in meta.meta.items():
        match = re.fullmatch(r"twitter:label(\d)", key)
        if match and any(data.AUTHOR_LABEL.fullmatch(fold(label)) for label in labels):
            found += meta.meta.get(f"twitter:data{match.group(1)}", [])
    return found


def byline_paragraph(nodes: list[tuple[str, bool]]) -> list[str]:
    """A text node that is a byline and nothing else ("Von Anna Müller"), near the headline."""
    for text, skip in nodes[: data.BYLINE_NODES_BEFORE + data.BYLINE_PARAGRAPH_NODES]:
        text = drop_invisible(text)
        if not skip and len(text) < data.BYLINE_MAX_CHARS and data.BYLINE_LINE.fullmatch(text):
            return [data.AUTHOR_PREFIX.sub("", text)]
    return []


def text_bylines(nodes: list[tuple[str, bool]]) -> list[str]:
    """Names from byline text near the headline ("Von Anna Müller", "Autor: Jan Schulz | ...")."""
    return next(each_text_byline(nodes), [])


def _date_von_lead(text: str) -> bool:
    """True for a text node ending in a date or a time and "von", the name in the next node
    (:data:`~.data.DATE_VON_LEAD_ONLY`)."""
    return text.rstrip()[-4:].lower() == " von" and bool(data.DATE_VON_LEAD_ONLY.search(text))


def without_reading_time(text: str) -> str:
    """``text`` with a reading time read as one separator (:data:`~.data.BYLINE_READING_TIME`):
    "25. August 2020 · 6 Min. Lesezeit · A" is "25. August 2020 · A"."""
    if "esezeit" not in text and " read" not in text:
        return text  # (most lines: no search)
    return data.BYLINE_READING_TIME.sub(" · ", text).rstrip(" ·").strip()


def _bar_lead(text: str) -> bool:
    """Whether a node's last part after a bar is a byline's lead alone (uCoz's entry details,
    "Kategorie: … | Aufrufe: 1284 | Hinzugefügt von:" before the linked name; session 44)."""
    _, bar, lead = text.rpartition("|")
    lead = lead.strip()
    return bool(bar) and bool(
        data.BYLINE_PREFIX_ONLY.fullmatch(lead) or data.PORTAL_LEAD_ONLY.fullmatch(lead)
    )


def _mailed(nodes: list[tuple[str, bool]], i: int) -> bool:
    """Whether node ``i`` is a full name alone and the next its sender's address
    (:data:`~.data.MAIL_ADDRESS_NODE`): Mailman's archived message under its subject
    (session 43, read on de_full13 and en_h)."""
    return (
        i + 1 < len(nodes)
        and data.BYLINE_NAME.fullmatch(nodes[i][0]) is not None
        and " " in nodes[i][0]
        and data.MAIL_ADDRESS_NODE.fullmatch(nodes[i + 1][0]) is not None
    )


def each_text_byline(nodes: list[tuple[str, bool]]) -> Iterator[list[str]]:
    """Every byline text in the nodes, in order (:func:`text_bylines` takes the first)."""
    for i, (text, skip) in enumerate(nodes[: data.BYLINE_MAX_NODES]):
        if (
            len(text) > data.BYLINE_MAX_CHARS
            or (
                skip
                and not (len(text) <= data.GUEST_LEAD_MAX_CHARS and data.GUEST_LEAD.match(text))
            )
            or data.MEDIA_CLIP_LINE.match(text)  # "Video · 2:41 Min. · … · Beitrag von A"
        ):
            continue
        cell = data.BYLINE_LABEL_CELL.fullmatch(text)  # <dt>Autorin</dt><dd>Anna Roth</dd>
        known = (
            cell
            or data.BYLINE_PREFIX_ONLY.fullmatch(text)
            or data.PORTAL_LEAD_ONLY.fullmatch(text)  # "Veröffentlicht von" <a>Anna Roth</a>
            or date_by_lead(text)  # "Jul 19 2011 10:30 AM by" <a>Anna Roth</a>
            or _date_von_lead(text)  # "Geschrieben am 03.07.07 um 21:14 von" <a>A</a>
            or _bar_lead(text)  # "Aufrufe: 1284 | Hinzugefügt von:" <a>A</a>
        )
        led = not known and linked_lead(text)  # "Organisiert von" <a>Anna Roth</a>
        if not (known or led) and _mailed(nodes, i):
            text = f"Von {text}"  # a mail archive's "<B>A</B> <A HREF=mailto:…>a at b.de</A>"
        if (known or led) and i + 1 < len(nodes):
            text = f"{'Von' if led else text}{': ' if cell else ' '}{nodes[i + 1][0]}"
            j = i + 1  # "Von" <a>Anna Roth</a> "und" <a>Jan Schulz</a>: every linked name
            while j + 2 < len(nodes) and (
                data.BYLINE_JOINER.fullmatch(joiner := nodes[j + 1][0])
                or (joiner := roled_joiner(joiner) or "")  # ", Senior Editor, and"
            ):
                text = f"{text} {joiner} {nodes[j + 2][0]}"
                j += 2
            if j + 1 < len(nodes) and data.BYLINE_JOINED_NAME.fullmatch(nodes[j + 1][0]):
                text = f"{text} {nodes[j + 1][0]}"  # "Text:" <a>A</a> "und Dirk Holtkamp"
            if data.PLURAL_AUTHOR_LABEL.fullmatch(nodes[i][0]):
                text = f"{text}{_names_after(nodes, j)}"  # "Autor*innen" <a>A</a> <a>B</a>
        text = drop_invisible(text)  # "Von Mat\xadthi\xadas Lauerer"
        if "ransla" in text or "bersetz" in text:
            text = data.TRANSLATOR_TAIL.sub("", text)  # "By A and B. Translated … by C."
        text = without_role_asides(without_reading_time(text))  # "… 6 Min. Lesezeit · A (Rolle)"
        if data.SOURCE_LABEL.match(text) and _agencies_only(text):
            yield [text]  # "Quelle: AFP" in the article's head: the agency wrote it
            break
        if text.startswith("(") and text.endswith(")") and _agencies_only(text):
            yield [text]  # "(dpa)" alone in the article's head
            break
        if _slashed_credit(text):
            yield [text]  # "APA/Reuters", "Martina Hofstätter / APA" alone in a node
            break
        led_credit = data.SLASHED_CREDIT_LEAD.match(text)
        if led_credit and _slashed_credit(rest := text[led_credit.end() :]):
            yield [rest]  # "Von: dpa/AFP"
            break
        for match in _byline_readings(text):
            name = matched_name(match)
            # "Von A, mit Material von dpa": the names before the agencies' share are tested,
            # the share stays for its agencies (:func:`~.names.split_authors`)
            share = data.MATERIAL_TAIL.search(name)
            tail = name[share.start() :] if share else ""
            name = name[: share.start()] if share else name
            # places and roles after a name ("Jan Roth, Pressesprecher") are no names
            names = [
                n
                for i, n in enumerate(data.AUTHOR_SPLIT.split(name))
                if n.lower() not in data.AUTHOR_PLACES and not (i and is_role_part(n))
            ]
            name, names = _without_single_words(name, names)
            name = f"{name}{tail}"
            if data.SIGNATURE_NOT_NAMES.search(" ".join(names)):
                break  # "Die Redaktion · 17.02.2023": a team, not a person
            if (form := match.groupdict().get("form")) and (
                form.split()[-2].lower() in data.LINKED_LEAD_NOT
                or not all(opens_with_given_name(_untitled(n)) for n in names)
            ):
                continue  # "Eintrag von Zahlwerk Pay", "Fotos von A": no writer's credit

            lead = match.groupdict().get("lead") or ""
            handle = lead.lower().startswith(data.BYLINE_HANDLE_LEADS)
            if (
                (
                    any(data.BYLINE_NAME.fullmatch(_untitled(n)) for n in names)
                    and all(
                        data.BYLINE_NAME.fullmatch(_untitled(n)) or n.lower() in data.AGENCIES
                        for n in names
                    )
                )
                or (names and all(n.lower() in data.AGENCIES for n in names))  # "Von Reuters"
                # (a team's account is no user's handle: "Hinzugefügt von Projektleitung")
                or (handle and data.BYLINE_HANDLE.fullmatch(name) and not is_team(name))
                or (lead and data.BYLINE_USER.fullmatch(name))
            ):
                if all(n.lower() in data.AUTHOR_STOPWORDS for n in names):
                    break  # "Geschrieben von: Super User" (Joomla's install account): the next
                yield [name]
                break


def matched_name(match: re.Match[str]) -> str:
    """A byline reading's name, folded, without the separators and the full stop after it."""
    return without_full_stop(fold(match.group("name")).rstrip(" ,;:·•|–-"))


def _names_after(nodes: list[tuple[str, bool]], j: int) -> str:
    """The full names in the nodes after node ``j``, one a node, up to the first node that
    is none (:data:`~.data.PLURAL_LABEL_NAMES` at most), each after a comma (a node in a
    part skipped counts, as the label's first name does: a person teaser's link); one role
    or academic home node after a name is passed over (a person card's), and once one card
    shows one, the node after each name; a date's label ("Letzte Änderung") is no name."""
    names = ""
    role = True  # the node before was a name (node ``j`` is the label's first): a role may follow
    carded = False  # a name had a role or home under it
    for text, _ in nodes[j + 1 : j + 2 * data.PLURAL_LABEL_NAMES]:
        if role and (
            carded or is_role(text.lower()) or is_role_phrase(text) or is_unit(text.lower())
        ):
            # "Partnerin, Banking & Payments", "Universität Vechta" under a person card's
            # name; once one card shows such a line, the line under each name is one
            role, carded = False, True
        elif data.BYLINE_NAME.fullmatch(_untitled(text)) and " " in text and not is_heading(text):
            names, role = f"{names}, {text}", True  # ("Letzte Änderung" after the names: none)
        else:
            break
    return names


def _slashed_credit(text: str) -> bool:
    """Whether a node is a credit of agencies joined by slashes, a writer's full name before
    them or not ("APA/Reuters", "Martina Hofstätter / APA": an Austrian paper's source line
    under its lead; session 42, read on dates_cr); never a picture's ("picture alliance/dpa")."""
    if "/" not in text or len(text) > data.SLASHED_CREDIT_MAX_CHARS:
        return False
    parts = [p.strip() for p in text.split("/")]
    return any(p.lower() in data.AGENCIES for p in parts) and all(
        p.lower() in data.AGENCIES or (not i and data.BYLINE_NAME.fullmatch(p) is not None)
        for i, p in enumerate(parts)
    )


def _agencies_only(text: str) -> bool:
    """Whether a source line ("Quelle: dpa/AFP") names agencies and nothing else."""
    rest = data.SOURCE_LABEL.sub("", text, count=1)
    parts = [p for p in data.SOURCE_PARTS.split(rest.strip(" ().")) if p]
    return bool(parts) and all(p.lower() in data.AGENCIES for p in parts)


#: The readings of a line as a byline, in order of trust (:func:`_byline_readings`).
_READINGS: tuple[Callable[[str], re.Match[str] | None], ...] = (
    english_by_lead,  # "Posted by A on Tuesday, …", "By A"
    english_label_by,  # "Contributed by: A on …", "By A, Head of Care"
    mail_from,  # "Von: A <a@…>" heading an archived mail
    data.CREDIT_SENTENCE.search,  # "Das Gespräch führte Jan Roth." (a sentence)
    data.BYLINE_TEXT.search,
    data.BYLINE_AFTER_DATE.search,
    data.BYLINE_AFTER_LONG_DATE.search,
    data.BYLINE_AFTER_YEAR.search,
    byline_after_date_by,
    data.BYLINE_BEFORE_DATE.search,
)


def _byline_readings(text: str) -> Iterator[re.Match[str]]:
    """Each reading of a line as a byline, lazily, in order of trust: the next is tried
    when a reading's name is no name ("Anna Roth | 12.03.2024 | Allgemein", "12.03.2024 ·
    Anna Roth · 3 Kommentare": the category or the count after the date is read first, the
    name before it next)."""
    for read in _READINGS:
        if (match := read(text)) is not None:
            yield match


def _untitled(name: str) -> str:
    """``name`` without the academic titles before it ("Dr. Anna Roth", "Prof. Dr. Jan
    Berg"; :data:`~.data.ACADEMIC_TITLES`): the byline's name is tested so, and kept with
    them."""
    titles = data.ACADEMIC_TITLES.match(name)
    return name[titles.end() :] if titles else name


def _without_single_words(name: str, names: list[str]) -> tuple[str, list[str]]:
    """A byline's one-word parts after a full name, titled or not ("Anna Roth, Chefvolkswirtin",
    "Dr. Jens Berg, Stadtrat", "…, BR", "…, tme", "…, CFA", "…, Auenberg": a role, a
    broadcaster, an editor's initials, a designation, a place) left out; agencies stay (they
    are credited apart). The name as it stands where no such part follows a full name."""
    kept: list[str] = []
    dropped = False
    for part in names:
        single = " " not in part and data.AGENCIES.get(part.lower()) is None
        if single and kept and data.BYLINE_NAME.fullmatch(_untitled(kept[-1])):
            dropped = True
            continue
        kept.append(part)
    return (", ".join(kept), kept) if dropped else (name, names)


def footer_bylines(tree: etree._Element) -> list[str]:
    """Byline text in a post's footer or meta line, wherever it stands ("Geschrieben von Anna
    Müller in Banken" under a long post; themes put the byline in the article's ``<footer>``,
    which the walk near the headline passes over); never in comments."""
    for element in islice(_post_footers(tree), data.POST_FOOTER_MAX):
        nodes = [(fold(text), False) for text in element.itertext() if text.strip()]
        if sum(len(text) for text, _ in nodes) <= data.POST_FOOTER_MAX_CHARS:
            found = text_bylines(nodes) or _stamp_line(" ".join(text for text, _ in nodes))
            if found:
                return found
    return []


def _stamp_line(line: str) -> list[str]:
    """The writer a post footer's stamp line names, read whole ("A | 22:10 | Kommentare [3]",
    "Geschrieben von A in Netz um 21:40"; :data:`~.data.FOOTER_STAMP`, and a classic
    theme's sentence: :data:`~.data.THEME_FOOTER_BY`)."""
    if match := data.FOOTER_STAMP.match(line):
        name = fold(match.group("led") or match.group("name"))
    else:  # "Dieser Eintrag wurde von A am … veröffentlicht" (a classic theme's sentence)
        name = fold(match.group("name")) if (match := data.THEME_FOOTER_BY.match(line)) else ""
    return [name] if data.BYLINE_NAME.fullmatch(name) else []


def _post_footers(tree: etree._Element) -> Iterator[etree._Element]:
    """A post's footers and meta lines (:data:`~.data.POST_FOOTER_CLASS_PARTS`,
    :data:`~.data.PORTAL_FOOTER_CLASS_PARTS`), and any footer, by class or tag
    (:data:`~.data.ANY_FOOTER_CLASS_PARTS`), in page order, lazily (the first few are read)."""
    footers = page_index(tree).tags["footer"]
    parts = (
        data.POST_FOOTER_CLASS_PARTS + data.PORTAL_FOOTER_CLASS_PARTS + data.ANY_FOOTER_CLASS_PARTS
    )
    found = in_order(footers, with_class(tree, parts))
    return (e for e in found if not any(comment_part(a) for a in (e, *e.iterancestors())))


def comment_part(element: etree._Element) -> bool:
    """True for a comment section or entry: its class or id (:data:`~.data.COMMENT_CLASS_PARTS`)."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return contains_any(names, data.COMMENT_CLASS_PARTS)


def author_links(tree: etree._Element) -> list[str]:
    """The first link to an author's page ("/autoren/anna-mueller") whose text is a name, with
    the other author links of its byline ("Anna Müller, Jan Schulz & Eva Roth")."""
    links = author_link_elements(tree)[:10]
    for element in links:
        if name := _link_name(element):
            parent = element.getparent()
            names = [name]
            for other in links:
                more = _link_name(other) if other.getparent() is parent else None
                if more and more not in names:
                    names.append(more)
            return names
    return []


def author_link_elements(
    tree: etree._Element, paths: tuple[str, ...] = data.AUTHOR_LINK_PATHS
) -> list[etree._Element]:
    """Links to author pages outside navigation, sidebars, comments... (see
    :data:`~newsarchive.extract.data.AUTHOR_LINK_PATHS`; ``paths`` other parts of such a
    link, as :data:`~newsarchive.extract.data.PROFILE_LINK_PATHS`)."""
    return [
        a
        for a in page_index(tree).tag("a")
        if contains_any(a.get("href") or "", paths)
        and not any(map(_outside_author_links, a.iterancestors()))
    ]


def in_outside_part(element: etree._Element) -> bool:
    """True for an element in a part whose names are not the post's writer's (navigation,
    a form, a sidebar, comments: :func:`_outside_author_links` on its ancestors)."""
    return any(map(_outside_author_links, element.iterancestors()))


def _outside_author_links(element: etree._Element) -> bool:
    """True for a part whose author links are not the post's (navigation, sidebar...)."""
    if part_tag(element, data.AUTHOR_LINK_OUTSIDE_TAGS):
        return True
    classes = element.get("class") or ""
    return comment_part(element) or not data.AUTHOR_LINK_OUTSIDE_WORDS.isdisjoint(
        xml_tokens(classes)
    )


def _link_name(element: etree._Element) -> str | None:
    """The name an author link shows (its ``itemprop="name"``, not a photo credit beside it)."""
    named = xpath(element, './/*[@itemprop="name"]')
    text = data.AUTHOR_PREFIX.sub("", element_text(named[0] if named else element)).strip()
    return text if data.BYLINE_NAME.fullmatch(text) else None
