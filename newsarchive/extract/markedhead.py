"""The article's headline its publisher marks under a section's ``<h1>``: a page whose
``<h1>`` names its section or kind ("Presse & Medien", "Wirtschaftsnews aus dem Emmerheider
Land") and whose next heading (``<h2>``, ``<h3>``) carries ``itemprop="headline"`` (issue 11,
session 58: read on press pages and chamber news, de_full402 and de_full410)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import page_index
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.shown import headline_texts
from newsarchive.extract.text import fix_text, fold


def _text(element: etree._Element) -> str:
    return " ".join(fix_text(" ".join(headline_texts(element))).split())


def marked_headline_under(tree: etree._Element, chosen: str) -> str:
    """The first ``<h2>``/``<h3>`` marked ``itemprop="headline"`` after the ``<h1>`` whose text
    is ``chosen``, outside links and skipped parts, where ``chosen`` has at most
    :data:`~.data.SECTION_H1_MAX_WORDS` words, the marked one more, and neither holds the
    other (a kicker's or a shortened headline); "" where none is."""
    words = len(chosen.split())
    if words > data.SECTION_H1_MAX_WORDS:
        return ""
    index = page_index(tree)
    low = fold(chosen).lower()
    at = next((p for p, h1 in index.tags["h1"] if fold(_text(h1)).lower() == low), None)
    if at is None:
        return ""
    for position, element, prop in index.itemprops:
        if position <= at or prop != "headline" or element.tag not in ("h2", "h3"):
            continue
        outer = (a for a in (element, *element.iterancestors()) if a.tag not in ("body", "html"))
        if any(a.tag == "a" or skipped_part(a) for a in outer):
            return ""
        text = _text(element)
        marked = fold(text).lower()
        if len(text.split()) <= words or low in marked or marked in low:
            return ""
        return text
    return ""
