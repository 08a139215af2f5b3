"""The author of a forum thread's opening post, named by the board's user-name markup
(:data:`~newsarchive.extract.data.FORUM_POSTER_CLASS_WORDS`, phpBB 2's ``span.name`` holding
the post's anchor) or its first user cell (:func:`user_cell`) where no byline, author link or
author box names anyone."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylines import in_outside_part
from newsarchive.extract.index import page_index, with_class, xml_tokens
from newsarchive.extract.names import is_login, split_authors
from newsarchive.extract.parsing import element_text
from newsarchive.extract.text import fold


def forum_poster(tree: etree._Element) -> list[str]:
    """The first user name on the page (outside navigation, forms, sidebars and comments)
    when it is a person's full name; else nobody (a login, or no such markup)."""
    for _, element, classes in page_index(tree).classed:
        lower = classes.lower()  # "UserName", "Username", "username"
        if "name" not in lower:
            continue
        words = xml_tokens(lower)
        anchored = "name" in words and element.find("a[@name]") is not None
        if data.FORUM_POSTER_CLASS_WORDS.isdisjoint(words) and not anchored:
            continue
        if in_outside_part(element):
            continue
        name = element_text(element)
        full = " " in name and data.BYLINE_NAME.fullmatch(name) and not is_login(name)
        return [name] if full else []
    return user_cell(tree)


def user_cell(tree: etree._Element) -> list[str]:
    """The poster a board's first user cell names: a table cell whose ``<br>`` lines after the
    first give a rank, a post count or a join date (:data:`~.data.FORUM_STAT_LINE`: "Norbert
    Quasthoff" / "Mitglied" / "Beiträge: 412" / "Registriert: Okt 1999", UBB, Snitz and
    their like, with no class to tell), when its first line is a full name."""
    for cell in tree.iter("td"):
        if cell.find(".//br") is None:
            continue
        lines = [line for line in map(fold, cell.itertext()) if line]
        if len(lines) > 1 and any(data.FORUM_STAT_LINE.fullmatch(x) for x in lines[1:]):
            name = lines[0]
            full = " " in name and data.BYLINE_NAME.fullmatch(name) and not is_login(name)
            return [name] if full else []
    return []


def signature_box(tree: etree._Element, nodes: list[tuple[str, bool]]) -> list[str]:
    """The writer a post's signature box names in full (:data:`~.data.SIGNATURE_BOX_CLASS_WORDS`:
    "-- / Hannes Kellermann / Tübingen", "Viele Grüße / Bernd Hofstätter", "Gerrit Hanneken,
    Schuldnerberater"): the first box outside navigation, sidebars and comments, its first
    line that is one or two full names after a greeting; else nobody ("Gruß Bulle", "Der
    Vorstand", "Ihr Team der Kanzlei …"). The box must stand beside the post's text: its
    parent holds the first long text node after the headline (a reply's box is not)."""
    first = next((t for t, skip in nodes if not skip and len(t) >= data.SIGNATURE_BOX_TEXT), "")
    for _, element in with_class(tree, ("sig",)):
        words = xml_tokens(element.get("class") or "")
        if data.SIGNATURE_BOX_CLASS_WORDS.isdisjoint(words) or in_outside_part(element):
            continue
        parent = element.getparent()
        if not first or parent is None or first not in fold(parent.text_content()):
            return []
        for line in map(fold, element.itertext()):
            text = data.SIGNATURE_BOX_LEAD.sub("", line).split(",")[0].split("(")[0].strip(" .!")
            if not text or data.SIGNATURE_BOX_SKIP.fullmatch(text):
                continue
            names = split_authors([text])[0]
            if names and all(_full_name(n) for n in names):
                return names
        return []
    return []


def _full_name(name: str) -> bool:
    """A person's name of two words or more, no group's, organisation's or place's."""
    return (
        " " in name
        and bool(data.BYLINE_NAME.fullmatch(name))
        and not data.FORMAL_SIGNATURE_NOT_NAMES.search(name)
        and not data.SIGNATURE_NOT_NAMES.search(name)
        and not data.SIGNATURE_BOX_NOT_NAMES.search(name)
        and name.split()[0].lower() not in data.AUTHOR_STOPWORDS | {"der", "die", "das"}
    )
