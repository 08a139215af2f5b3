"""The publication stamp the page's metadata gives (JSON-LD, meta tags), with a year's
placeholder set aside: 1 January at midnight or a bare 1 January ("2013-01-01T00:00:00+00:00",
Joomla's publish-up of a migration; a CMS storing only a year) says the year and nothing of
the day, so the page's other sources decide, and it is the date only where none does (issue
11; kind read in dates_cq, judged on dates_j, de_full106, dates_bb and bm)."""

from __future__ import annotations

from datetime import datetime

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_date
from newsarchive.extract.metadata import Metadata, strings


def metadata_published(
    meta: Metadata, fetched_at: datetime | None, latest: str
) -> tuple[str | None, str, str | None]:
    """The first metadata stamp no later than ``latest`` that is no year's placeholder, the
    value it was read from ("" if none), and the first placeholder met (or None)."""
    # TYPO3 writes the page's last change into a bare <meta name="date">: no publication
    typo3 = any(g.lower().startswith("typo3") for g in meta.all(("generator",)))
    placeholder = None
    for value in (
        *strings(meta.jsonld.get("datePublished")),
        *strings(meta.jsonld.get("dateCreated")),
        *meta.all(n for n in data.META_PUBLISHED if not (typo3 and n == "date")),
    ):
        found = parse_date(value, fetched_at)
        if not found or found[:10] > latest:
            continue
        if data.YEAR_PLACEHOLDER.fullmatch(value.strip()):
            placeholder = placeholder or found
            continue
        return found, value, placeholder
    return None, "", placeholder
