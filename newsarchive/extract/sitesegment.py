"""The headline beside the site's name in a metadata title: where the headline found is a
short segment of a metadata title ("Headline - Site", "Portal: Site: Headline") and the
title's other side (the text before that segment, or after it) stands after it in the page
as an element's whole text, the site's name was taken for the headline (a blog's banner
heading, a profile's name over the post): the other side is the headline, for
:mod:`~newsarchive.extract.extraction`."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import contains_any, page_index, visible_text
from newsarchive.extract.metadata import Metadata, strings
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.shown import generic_heading, headline_texts
from newsarchive.extract.text import fix_text, fold, norm


def _sides(title: str, found: str) -> list[str]:
    """The sides of ``title`` around the segment ``found`` (case aside): the text before it
    where it ends the title after a separator ("Headline - Site"), the text after it where
    it opens the title or follows a separator or a colon, a separator or a colon after it
    ("Site: Headline", "Portal: Site: Headline")."""
    at = title.lower().find(found.lower())
    if at < 0 or not found:
        return []
    before, after = title[:at], title[at + len(found) :]
    sides = []
    if not after.strip() and data.SITE_SEGMENT_BEFORE.search(before):
        sides.append(data.TITLE_DANGLING.sub("", before))
    opens = not before.strip() or data.SITE_SEGMENT_BEFORE.search(before)
    if opens and (mark := data.SITE_SEGMENT_AFTER.match(after)):
        sides.append(data.TITLE_DANGLING.sub("", after[mark.end() :]))
    return [s.strip() for s in sides if s.strip()]


def _after(flat: str, first: str, then: str) -> bool:
    """Whether the page's visible text ``flat`` (lower case) shows ``first`` before it
    shows ``then`` at all: the site's banner over the story, not a story's headline over
    the site's name in a footer."""
    at = flat.find(first.lower())
    return at >= 0 and flat.find(then.lower()) >= at + len(first)


def headline_beside_site(tree: etree._Element, found: str, meta: Metadata) -> str:
    """Where the headline ``found`` has at most :data:`~.data.SITE_TITLE_MAX_WORDS` words
    and is a segment of a metadata title (``<title>``, ``og:title``, JSON-LD ``headline``)
    whose other side (:func:`_sides`) has :data:`~.data.SITE_SEGMENT_MIN_WORDS` words or
    more, is no page kind, and stands after ``found`` in the page (:func:`_after`) as a
    headline-like element's whole text (:func:`_headlines_shown`): that side; else empty
    (the headline stays)."""
    if not found or len(re.findall(r"\w+", found)) > data.SITE_TITLE_MAX_WORDS:
        return ""
    titles = [
        fix_text(t)
        for t in (
            tree.findtext(".//title") or "",
            meta.get(data.META_TITLE) or "",
            *strings(meta.jsonld.get("headline")),
        )
        if t and fold(t)
    ]
    sides = [
        side
        for title in titles
        for side in _sides(title, found)
        if len(re.findall(r"\w+", side)) >= data.SITE_SEGMENT_MIN_WORDS
        and not generic_heading(side)
        and norm(side) != norm(found)
    ]
    if not sides:
        return ""
    flat = " ".join((visible_text(tree) or "").split()).lower()
    sides = [side for side in sides if _after(flat, found, side)]  # (cheap: before the walk)
    if not sides:
        return ""
    shown = _headlines_shown(tree, {s.lower() for s in sides})
    return next((side for side in sides if side.lower() in shown), "")


def _headline_like(element: etree._Element) -> bool:
    """A heading (``<h1>`` to ``<h6>``), an element of a headline or subject class
    (:data:`~.data.SITE_SEGMENT_CLASS_PARTS`) or a bold element: where a post's headline
    stands, not a footer's line naming the site."""
    if element.tag in data.SITE_SEGMENT_TAGS:
        return True
    return contains_any((element.get("class") or "").lower(), data.SITE_SEGMENT_CLASS_PARTS)


def _headlines_shown(tree: etree._Element, wanted: set[str]) -> set[str]:
    """The texts of ``wanted`` (lower case) that a headline-like element
    (:func:`_headline_like`) shows whole, outside links, navigation and teasers; a link
    classed as a title is one itself (a board's post title linking to its own thread, old
    Reddit's ``<p class="title"><a class="title">``; session 53, read on de_full242/248/255).
    The ``<body>``'s classes name the page's layout ("comments-page"), no part to skip."""
    body = tree.find("body")
    if body is None:
        return set()
    shown = set()
    for element in body.iter(etree.Element):
        if not _headline_like(element):
            continue
        text = fix_text(" ".join(headline_texts(element))).lower()
        # (a link here is headline-like by its class: a title link, not a link around one)
        if text in wanted and not any(
            (a.tag == "a" and a is not element)
            or (a.tag not in data.PAGE_LAYOUT_TAGS and skipped_part(a))
            for a in (element, *element.iterancestors())
        ):
            shown.add(text)
    return shown


def colon_site_names(
    tree: etree._Element, titles: list[str], headings: set[str], keys: set[str]
) -> set[str]:
    """An ``<h1>`` that opens a metadata title before a colon ("Kontofragen: Headline", the
    ``<title>`` of a hosted blog whose ``<h1>`` is the blog's name): a name of the site;
    not where the rest is the site's name (``keys``: TYPO3's "Headline: Sitename")."""
    names = set()
    index = page_index(tree)
    for _, h1 in index.tags["h1"][: data.COLON_SITE_H1_MAX]:
        text = fix_text(" ".join(headline_texts(h1)))
        if not 2 <= len(text) <= 60 or ":" in text:
            continue
        for title in (fix_text(t) for t in titles):
            rest = title[len(text) :]
            # the rest of the title is the post's own heading (Blogger's post-title)
            if (
                title.startswith(f"{text}:")
                and rest[1:].strip().lower() in headings
                and (norm(rest[1:]) not in keys or generic_heading(text))
            ):
                names.add(norm(text))
    return {n for n in names if n}


def host_name(heading: str, keys: set[str] | frozenset[str]) -> bool:
    """True for a heading that names the site as its host does, an article before it ("Der
    Kontobrief" on news.kontobrief-bodensee.example: a newsletter's masthead in an
    ``<h1>``; session 50, read on de_full193): the heading's letters, at least
    :data:`~.data.HOST_NAME_MIN_CHARS`, open one of the site's ``keys``."""
    words = heading.split()
    if words[:1] and words[0].lower() in data.HOST_NAME_ARTICLES:
        words = words[1:]
    name = norm(" ".join(words))
    return len(name) >= data.HOST_NAME_MIN_CHARS and any(k.startswith(name) for k in keys)
