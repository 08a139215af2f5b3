"""A short banner name over the post: where the headline found is a short name shown in the
page as an element that is no story's headline element (no headline class, outside the
story's containers), it may name the site whatever the metadata titles say ("Serviceclub
Hameln" titled "Serviceclub Hameln - Wochenbericht", a section's name beside a club's), for
:func:`~newsarchive.extract.orgheads.post_under_org_name`, which then wants the site's menu
between the name and the post's own heading, or a home link reading the name."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import contains_any
from newsarchive.extract.shown import generic_heading
from newsarchive.extract.text import fold


def _story_headline(element: etree._Element) -> bool:
    """Whether ``element`` is a story's headline element: its class or id holds a headline
    class (:data:`~.data.HEADLINE_ELEMENT_CLASSES`) but none of a banner's or a block's
    (:data:`~.data.HEADLINE_ELEMENT_NOT`: "site-title" names the site), or it stands in
    ``<article>``/``<main>`` (:data:`~.data.SITE_H1_OUTSIDE`)."""
    marks = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    classed = contains_any(marks, data.HEADLINE_ELEMENT_CLASSES)
    return (classed and not contains_any(marks, data.HEADLINE_ELEMENT_NOT)) or any(
        a.tag in data.SITE_H1_OUTSIDE for a in element.iterancestors()
    )


def _beside_a_name(title: str, titles: list[str]) -> bool:
    """Whether a metadata title of ``titles`` has ``title`` as one separated segment beside
    another of two words or more that names no page kind ("Institut | Universität Auental"):
    ``title`` then names the page, the other segment the site."""
    for full in titles:
        parts = [p.strip() for p in data.TITLE_SEPARATORS.split(fold(full))]
        if title.lower() in (p.lower() for p in parts) and any(
            p.lower() != title.lower() and len(p.split()) >= 2 and not generic_heading(p)
            for p in parts
        ):
            return True
    return False


def banner_name(tree: etree._Element, title: str, titles: list[str]) -> bool:
    """Whether ``title`` has at most :data:`~.data.SITE_TITLE_MAX_WORDS` words, no metadata
    title of ``titles`` (as the page gives them) sets it beside another name
    (:func:`_beside_a_name`), and the first element of the page's body whose own text is
    ``title`` is no story's headline element (:func:`_story_headline`): a banner's name, a
    club's or a weblog's, as far as the page tells."""
    if not title or len(re.findall(r"\w+", title)) > data.SITE_TITLE_MAX_WORDS:
        return False
    if _beside_a_name(title, titles):
        return False
    body = tree.find(".//body")
    if body is None:
        return False
    wanted = fold(title).lower()
    for element in body.iter(etree.Element):
        if fold(element.text).lower() == wanted:
            return not _story_headline(element)
    return False
