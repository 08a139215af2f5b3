"""The page's own text between a site's name and a post's heading: the gap that
:mod:`~newsarchive.extract.orgheads` and :mod:`~newsarchive.extract.siteheads` allow
between a banner and the post under it (:data:`~newsarchive.extract.data.SITE_H1_POST_GAP`),
counted without the sidebars, menus and link lists a weblog's or a portal's layout sets
between them (its calendar, its "Recent posts", its blocks in a side column)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.nodes import aside_part
from newsarchive.extract.text import fold


def _aside(element: etree._Element) -> bool:
    """A part whose text is not the page's own: a link, a part named a sidebar, a menu or
    navigation (:func:`~.nodes.skipped_part`), a table layout's narrow column."""
    return element.tag in data.OWN_GAP_SKIP_TAGS or aside_part(element)


def own_gap(tree: etree._Element, name: str, post: str) -> int | None:
    """The characters of text between the last element whose own text is ``name`` before
    the first whose own text is ``post`` and that one, outside links and the parts
    :func:`_aside` names (None where either is not found in that order)."""
    body = tree.find("body")
    if body is None:
        return None
    wanted, heading = fold(name).lower(), fold(post).lower()
    gap: int | None = None
    part: etree._Element | None = None  # the open aside part
    for event, element in etree.iterwalk(body, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if event == "start":
            own = fold(element.text).lower()
            if own and own == wanted:
                gap, part = 0, None
                continue
            if gap is None:
                continue
            if own and own == heading:
                return gap
            if part is None and _aside(element):
                part = element
            if part is None and own:
                gap += len(own) + 1
        else:
            if element is part:
                part = None
            if gap is not None and part is None and (tail := fold(element.tail)):
                gap += len(tail) + 1
    return None


def near_post(tree: etree._Element, name: str, post: str, gap: int) -> bool:
    """Whether ``post`` stands close enough after ``name``: ``gap`` characters of visible
    text between them at most :data:`~.data.SITE_H1_POST_GAP`, or as many of the page's
    own text (:func:`own_gap`)."""
    if 0 <= gap <= data.SITE_H1_POST_GAP:
        return True
    own = own_gap(tree, name, post)
    return own is not None and own <= data.SITE_H1_POST_GAP
