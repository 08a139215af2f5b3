"""The page's text nodes around the headline, flagged inside parts that carry other
dates or names (comments, teasers, navigation); the visible date and byline text read them."""

from __future__ import annotations

import functools
import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import first_headline
from newsarchive.extract.text import fold


def _text_nodes(
    body: etree._Element, headline: etree._Element | None
) -> tuple[list[tuple[str, bool]], int]:
    """Text nodes in document order, flagged when inside a part that carries other dates, and
    the index of the headline's first node. The walk stops
    :data:`~newsarchive.extract.data.NODES_AFTER_HEADLINE` nodes after the headline."""
    out: list[tuple[str, bool]] = []
    mark: int | None = None
    opened: list[bool] = []  # per open element: does it start a skipped part?
    depth = 0  # open skipped parts
    for event, element in etree.iterwalk(body, events=("start", "end")):
        if event == "start":
            if element is headline:
                mark = len(out)
            starts = False
            if not depth and isinstance(element.tag, str) and element.tag not in ("body", "html"):
                # (a body class such as "one-sidebar" or "nav-open" marks the page, not a part)
                starts = skipped_part(element)
            opened.append(starts)
            depth += starts
            text = element.text if isinstance(element.tag, str) else None
            if text and not text.isspace():
                out.append((fold(text), depth > 0))
        else:
            depth -= opened.pop()
            tail = element.tail if element is not body else None
            if tail and not tail.isspace():
                out.append((fold(tail), depth > 0))
            if (mark is not None or headline is None) and len(out) > (
                mark or 0
            ) + data.NODES_AFTER_HEADLINE:
                break
    return out, mark or 0


_SKIP_WORDS = re.compile("|".join(map(re.escape, data.VISIBLE_DATE_SKIP_WORDS)), re.IGNORECASE)


@functools.lru_cache(maxsize=16384)
def _names_skipped_part(names: str) -> bool:
    """True for a class or id naming a part that carries other dates (values recur a lot)."""
    return _SKIP_WORDS.search(names) is not None


def skipped_part(element: etree._Element) -> bool:
    """True for comments, teasers, navigation... (by tag or class/id words)."""
    if element.tag in data.VISIBLE_DATE_SKIP_TAGS:
        return True
    classes, ident = element.get("class"), element.get("id")
    return bool(
        (classes and _names_skipped_part(classes)) or (ident and _names_skipped_part(ident))
    )


def page_nodes(tree: etree._Element) -> tuple[list[tuple[str, bool]], int]:
    """The body's text nodes (flagged when in comments, teasers, navigation...) and the index
    of the headline's first one (0 without an ``<h1>``)."""
    body = tree.find("body")
    if body is None:
        return [], 0
    headline = first_headline(tree)
    region = body
    if headline is not None:
        # the article or main part holding the headline, unless it is itself skipped
        for ancestor in headline.iterancestors("article", "main"):
            region = ancestor
            break
        if region is not body and any(
            skipped_part(a)
            for a in (region, *region.iterancestors())
            if a.tag not in ("body", "html")
        ):
            region = body
    return _text_nodes(region, headline)
