"""The later of two headings a metadata title names both: where the headline found is
the page's ``<h1>`` and a metadata title is that ``<h1>`` and, in a later segment, the
text of a heading after it ("Product - Review title - Site" over a product's ``<h1>`` and
the review's ``<h2>``; "Blog - Post" over the blog's ``<h1>`` and the post's ``<h2>``),
the ``<h1>`` names the product, the blog or the section and the later heading is the
story's, for :mod:`~newsarchive.extract.extraction`."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import page_index
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.shown import generic_heading, headline_texts
from newsarchive.extract.text import fix_text, fold


def _later_segments(titles: list[str], found: str) -> set[str]:
    """The segments after the one that is ``found`` in each metadata title (lower case)."""
    later: set[str] = set()
    for title in titles:
        parts = [fold(p).lower() for p in data.TITLE_SEPARATORS.split(fix_text(title))]
        if found.lower() in parts:
            later |= set(parts[parts.index(found.lower()) + 1 :])
    return later


def _first(entry: tuple[int, etree._Element]) -> int:
    return entry[0]


def later_heading(tree: etree._Element, found: str, titles: list[str]) -> str:
    """Where ``found`` is the page's first ``<h1>`` and a later segment of a metadata title
    (:func:`_later_segments`) is the whole text of an ``<h2>``/``<h3>`` after it, outside
    links and skipped parts, of :data:`~.data.HEADLINE_ELEMENT_MIN_WORDS` words or more and
    no page kind: that heading's text; else empty."""
    found = fold(found)
    later = _later_segments([t for t in titles if t], found) if found else set()
    if not later:
        return ""
    index = page_index(tree)
    if not index.tags["h1"]:
        return ""
    at, h1 = index.tags["h1"][0]
    if fold(" ".join(headline_texts(h1))).lower() != found.lower():
        return ""
    for position, heading in sorted([*index.tags["h2"], *index.tags["h3"]], key=_first):
        if position <= at:
            continue
        text = fix_text(" ".join(headline_texts(heading)))
        if (
            text.lower() in later
            and len(re.findall(r"\w+", text)) >= data.HEADLINE_ELEMENT_MIN_WORDS
            and not generic_heading(text)
            and not any(a.tag == "a" or skipped_part(a) for a in heading.iterancestors())
        ):
            return text
    return ""
