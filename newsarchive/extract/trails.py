"""A breadcrumb trail's own item: the page's headline where the metadata titles name only
the site or a section the trail links to, or where the item is a title's own segment."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import page_index
from newsarchive.extract.text import fix_text


def _trail_item(element: etree._Element) -> tuple[str, list[str]]:
    """The unlinked item after a trail's last link and the links' texts, or ``("", [])``
    when ``element`` is no trail (:data:`~.data.TRAIL_SEPARATORS`)."""
    links = [fix_text(a.text_content()) for a in element.iter("a")]
    if not 2 <= len(links) <= data.TRAIL_MAX_LINKS or not all(links):
        return "", []
    text = fix_text(element.text_content())
    if len(text) > data.TRAIL_MAX_CHARS:
        return "", []
    rest, pos = text, 0
    for link in links:  # between the links only separators
        found = rest.find(link, pos)
        if found < 0 or (pos and rest[pos:found].strip() not in data.TRAIL_SEPARATORS):
            return "", []
        pos = found + len(link)
    tail = rest[pos:].strip()
    marks = sorted(data.TRAIL_SEPARATORS, key=len, reverse=True)  # "::" before ":"
    sep = next((s for s in marks if tail.startswith(s)), "")
    item = tail[len(sep) :].strip()
    if not sep or len(re.findall(r"\w+", item)) < data.HEADLINE_ELEMENT_MIN_WORDS:
        return "", []
    return item, links


def trail_headline(tree: etree._Element, titles: list[str]) -> tuple[str, bool]:
    """The page's own item of a breadcrumb trail without a breadcrumb class, where one of
    the metadata ``titles`` (lower case, cleaned) is a trail link's text (the site's or a
    section's name: a forum thread titled with the forum alone) or where the item is one of a
    title's separated segments but not the whole title ("Headline / Forum / Board" under the
    ``<h1>`` "Board"), with whether it is such a segment (an item that merely repeats a
    whole title tells nothing the title does not)."""
    if not titles:
        return "", False
    seen: set[etree._Element] = set()
    marks = {s[0] for s in data.TRAIL_SEPARATORS}
    for _, link in page_index(tree).tags["a"][: data.TRAIL_LINKS_SEEN]:
        parent, after = link.getparent(), link.tail
        if parent is None:
            continue
        if parent.tag == "li" and parent.getparent() is not None:
            after = parent.getnext().text if parent.getnext() is not None else ""
            parent = parent.getparent()
        if parent in seen or (after or "").strip()[:1] not in marks:
            continue  # (a trail's link is followed by a separator)
        seen.add(parent)
        item, links = _trail_item(parent)
        if not item:
            continue
        lowered = item.lower()
        parts = {p.strip().lower() for t in titles for p in data.TITLE_SEPARATORS.split(t)}
        segment = lowered in parts and lowered not in titles
        if segment or any(link.lower() in titles for link in links):
            return item, segment
    return "", False


def headline_beside_trail(item: str, h1s: list[list[str]]) -> str | None:
    """The ``<h1>`` reading that is the page's own longer headline for the trail's ``item``
    (a menu's label: "Neue Internet-Filiale" under "Unsere Internet-Filiale im neuen Design"):
    it shares a word of :data:`~.data.TRAIL_SHARED_WORD_MIN` letters with the item and has
    more words; a forum's or a site's name in the ``<h1>`` shares none (session 44, read on
    dates_de)."""
    words = {w for w in re.findall(r"[\w-]+", item.lower()) if len(w) >= data.TRAIL_SHARED_WORD_MIN}
    count = len(item.split())
    return next(
        (
            v
            for variants in h1s
            for v in variants
            if len(v.split()) > count and words & set(re.findall(r"[\w-]+", v.lower()))
        ),
        None,
    )
