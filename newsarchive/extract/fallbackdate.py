"""The last resort for a page's date: htmldate's extensive search on the whole page, a day
the page shows in full (:data:`~newsarchive.extract.data.HTMLDATE_FALLBACK`)."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_date

logger = logging.getLogger(__name__)


def fallback_date(tree: etree._Element, url: str) -> str | None:
    """htmldate's day for a page no other source dated, read as trafilatura reads it (the
    whole page, extensive search), kept only when a text node of the ``<body>`` (any part,
    side columns too; not another article's list entry) or a ``title``, ``datetime`` or
    ``content`` attribute shows it in full; None otherwise, or when the page shows no full
    day at all (htmldate is not run then)."""
    if not data.HTMLDATE_FALLBACK:
        return None
    shown = full_days(map(str, tree.xpath(data.HTMLDATE_FALLBACK_SHOWN)))
    if not shown:
        return None
    from htmldate import find_date

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=True)
    except Exception as error:  # htmldate raises many kinds on odd pages
        logger.debug("htmldate failed on %s: %s", url, error)
        return None
    return str(found) if found and str(found) in shown else None


def full_days(texts: Iterable[str]) -> set[str]:
    """The days written out in full (day, month, year) in ``texts``
    (:data:`~newsarchive.extract.data.SHOWN_DATE_FORMS`), as ``YYYY-MM-DD``."""
    days = set()
    for text in texts:
        if not data.SHOWN_DATE_YEAR.search(text):
            continue
        for pattern in data.SHOWN_DATE_FORMS:
            for match in pattern.finditer(text):
                if found := parse_date(match.group(0)):
                    days.add(found[:10])
    return days
