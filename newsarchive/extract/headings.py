"""Headlines of pages without an ``<h1>`` that a metadata title repeats, for
:mod:`~newsarchive.extract.title`: old table layouts and portal scripts show the headline in
a ``<font>``/``<b>``/``<td>`` and title the page "Site - Section - Headline"."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import contains_any
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.shown import headline_texts, shown_texts
from newsarchive.extract.text import fix_text, norm


def title_parts(titles: list[str]) -> dict[str, str]:
    """Each title's runs of separated segments from its start or its end, all but the whole
    title ("Site - Section - Headline": "Section - Headline", "Headline", "Site - Section",
    "Site"), of :data:`~.data.TITLE_PART_MIN_WORDS` words or more: lower case to as written."""
    parts: dict[str, str] = {}
    for title in (fix_text(t) for t in titles):
        for cut in data.TITLE_SEPARATORS.finditer(title):
            for part in (title[cut.end() :], title[: cut.start()]):
                part = data.TITLE_DANGLING.sub("", part).strip()
                if len(re.findall(r"\w+", part)) >= data.TITLE_PART_MIN_WORDS:
                    parts.setdefault(part.lower(), part)
    return parts


def shown_part(parts: dict[str, str], shown: set[str]) -> str:
    """The longest title part (:func:`title_parts`) the page shows as an element's text."""
    found = [parts[p] for p in parts if p in shown]
    return max(found, key=len) if found else ""


def classed_headline(tree: etree._Element) -> str:
    """The first element whose own class names it a headline or title
    (:data:`~.data.HEADLINE_ELEMENT_CLASSES`, not :data:`~.data.HEADLINE_ELEMENT_NOT`) or a
    big ``<font>`` (:data:`~.data.HEADLINE_FONT_SIZES`), outside links, navigation, sidebars,
    footers and teasers, of :data:`~.data.HEADLINE_ELEMENT_MIN_WORDS` words or more: the
    story's headline on a page without ``<h1>`` whose metadata title names only the site or
    a section ("Sparkasse Talheim", "Presse", "Kreisbote - Artikel")."""
    body = tree.find("body")
    if body is None:
        return ""
    seen = 0
    for element in body.iter(etree.Element):
        classes = (element.get("class") or "").lower()
        if not contains_any(classes, data.HEADLINE_ELEMENT_CLASSES) and not (
            element.tag == "font" and element.get("size") in data.HEADLINE_FONT_SIZES
        ):
            continue
        seen += 1
        if seen > data.REPEATED_HEADING_MAX:
            break
        if any(c in classes for c in data.HEADLINE_ELEMENT_NOT) or element.find(".//a") is not None:
            continue
        if any(
            a.tag in data.POST_HEADING_OUTSIDE or skipped_part(a)
            for a in (element, *element.iterancestors())
        ):
            continue
        text = fix_text(" ".join(headline_texts(element)))
        if len(text) <= 300 and len(re.findall(r"\w+", text)) >= data.HEADLINE_ELEMENT_MIN_WORDS:
            return text
    return ""


def shown_title(
    tree: etree._Element, candidates: list[str], keys: set[str], generic: Callable[[str], bool]
) -> str:
    """The metadata title the page shows as an element's text, then the one most sources
    give (ties: in the order given); where none is shown, a part of one the page shows
    (:func:`shown_part`, neither a key of the site nor a page kind by ``generic``); where the
    titles are no more than the site's or a section's name, the page's headline element
    (:func:`classed_headline`)."""
    lowered = [c.lower() for c in candidates]
    parts = {k: v for k, v in title_parts(candidates).items() if norm(k) not in keys}
    shown = shown_texts(tree, [*lowered, *(k for k in parts if not generic(k))])
    if not shown & set(lowered) and (part := shown_part(parts, shown)):
        return part
    if not shown and all(len(c.split()) <= data.SITE_TITLE_MAX_WORDS for c in candidates):
        head = classed_headline(tree)
        if head and not generic(head):
            return head  # the titles name only the site or a section
    if not candidates:
        return ""
    return max(
        candidates,
        key=lambda c: (c.lower() in shown, lowered.count(c.lower()), -lowered.index(c.lower())),
    )
