"""The day Drupal's "created" field shows (issue 11, session 35, read on the blind
dates_cj): a migrated Drupal site's metatags carry one stamp for publication and change
(the migration's, "2020-07-01T03:12:09"), while the node's authored-on field still shows
the day it was written ("Mi., 09.04.2008 - 14:22"). Read where the metadata has that one
stamp (see :func:`~.dates.find_dates`)."""

from __future__ import annotations

from datetime import datetime

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_german_date
from newsarchive.extract.index import contains_any, page_index
from newsarchive.extract.text import fold


def created_day(tree: etree._Element, fetched_at: datetime | None) -> str | None:
    """The date in the page's first element of class :data:`~.data.CREATED_FIELD_CLASS`
    (at most :data:`~.data.CREATED_FIELD_MAX_CHARS` characters) outside other nodes' teasers
    (:data:`~.data.CREATED_FIELD_OTHER_PARTS`), or None."""
    for _, element, classes in page_index(tree).classed:
        if data.CREATED_FIELD_CLASS in classes:
            if any(
                contains_any((a.get("class") or "").lower(), data.CREATED_FIELD_OTHER_PARTS)
                for a in element.iterancestors()
            ):
                continue
            text = fold(" ".join(element.itertext()))
            if len(text) > data.CREATED_FIELD_MAX_CHARS:
                return None
            return parse_german_date(text, fetched_at)
    return None
