"""The day stuck to the headline ("16.03.04: Nachhilfe …", "Headline [06.03.2007]", "[12.05.1998]
Neu: …"; :mod:`~newsarchive.extract.titledates` cuts it from the title) is the entry's day:
it dates a page no metadata and no address dates, before a line further down or htmldate's
guess (a course's "Letzte Anmeldung 18.03.2004", a counter's "Besucher seit dem …")."""

from __future__ import annotations

from datetime import datetime

from newsarchive.extract import data
from newsarchive.extract.dates import url_date
from newsarchive.extract.datetext import parse_german_date
from newsarchive.extract.metadata import Metadata, strings
from newsarchive.extract.titledates import without_date


def headline_day(title: str, meta: Metadata, url: str, fetched_at: datetime | None) -> str | None:
    """The day ``title`` opens or closes with, where :func:`~.titledates.without_date` cuts
    it and neither the metadata (JSON-LD ``datePublished``, publication meta tags) nor the
    address names a day; else None."""
    if not title or not without_date(title):
        return None
    if any(strings(meta.jsonld.get("datePublished"))) or meta.all(data.META_PUBLISHED):
        return None
    if url_date(url):
        return None
    for pattern in (data.TITLE_DATE_OPENING, data.TITLE_DATE_CLOSING):
        match = pattern.search(title)
        if match and (day := parse_german_date(match.group(0), fetched_at)):
            return day
    return None
