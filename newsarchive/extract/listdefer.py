"""A markup date read from a list item defers to htmldate's fast search (issue 11's "use
htmldate where your own signals disagree", measured both ways).

Where no metadata dates a page, :func:`~newsarchive.extract.dates._markup_date` takes the
first date-class element outside the parts it knows as others; when that element sits in a
list item (``<li><span class="date">12.11.2004</span> <a>Other news</a></li>``), it is often
an item of an others list the page's classes do not name ("Aus dem Bundestag", a section's
"Weitere Pressemitteilungen"), while the page's own date stands above or under the headline
in a part it passed over ("<p class='teaser-info'>Pressemitteilung · 25.11.2004</p>").
htmldate's fast search (markup and metadata, read in document order on the page without the
parts with other dates) names another day there: it is taken when the page's text shows that
day before the list's day. Deferring wherever the two disagree was measured too and lost
83 set figures for 7 (our own sources are right far more often than htmldate's)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.fallbackdate import full_days
from newsarchive.extract.nodes import page_nodes

logger = logging.getLogger(__name__)

#: Puts back the parts a ``drop`` took out of the page (in reverse order).
Removed = list[tuple[etree._Element, int, etree._Element]]


def listed_defer(
    tree: etree._Element,
    url: str,
    published: str,
    element: etree._Element | None,
    nodes: tuple[list[tuple[str, bool]], int] | None,
    drop: Callable[[etree._Element], Removed],
) -> str | None:
    """htmldate's day for a page whose date ``published`` came from markup ``element`` in a
    list item (:data:`~newsarchive.extract.data.DATE_LISTED_TAGS`), when htmldate's fast
    search on the page without its other parts (``drop``) finds another day that the page's
    text nodes (``nodes``' or the page's, flagged or not) show before ``published``'s day;
    else None."""
    if element is None or not in_list(element):
        return None
    found = htmldate_day(tree, url, drop)
    if not found or found == published[:10]:
        return None
    texts = nodes[0] if nodes and nodes[0] else page_nodes(tree)[0]
    return found if shown_before(texts, found, published[:10]) else None


def in_list(element: etree._Element) -> bool:
    """True when ``element`` sits in a list item."""
    return any(a.tag in data.DATE_LISTED_TAGS for a in element.iterancestors())


def shown_before(texts: list[tuple[str, bool]], first: str, second: str) -> bool:
    """True when a text node shows day ``first`` in full before any node shows ``second``."""
    for text, _ in texts:
        days = full_days((text,))
        if second in days:
            return False
        if first in days:
            return True
    return False


def htmldate_day(
    tree: etree._Element,
    url: str,
    drop: Callable[[etree._Element], Removed],
    shown: Callable[[], set[str]] | None = None,
) -> str | None:
    """htmldate's fast search (its markup and metadata, the original date) on the page
    without the parts ``drop`` takes out (put back after); where it finds nothing and
    ``shown`` gives the days the page shows, its extensive search, only a day among them."""
    from htmldate import find_date

    removed = drop(tree)
    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=False)
        if not found and shown is not None and (days := shown()):  # (a fast find stands)
            found = find_date(tree, url=url, original_date=True, extensive_search=True)
            found = found if found in days else None
    except Exception as error:  # htmldate raises many kinds on odd pages
        logger.debug("htmldate failed on %s: %s", url, error)
        return None
    finally:
        for parent, position, part in reversed(removed):
            parent.insert(position, part)  # (its tail came out with it and goes back too)
    return str(found) if found else None
