"""The print edition's day of a digitised newspaper text (issue 11, session 35, read on
the blind dates_ci): a newspaper archive puts its old print articles online years later,
its metadata stamped with the upload ("article:published_time" 2016-05-02T04:13:07) while
a line under the headline names the edition ("Weserbote, Ausgabe vom Mittwoch, 2. Januar
2002, Seite 9"). The edition's day is the text's first publication where it lies long
before the page's own date, or where nothing else dates the page."""

from __future__ import annotations

from datetime import date, datetime

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_german_date


def edition_day(
    texts: list[tuple[str, bool]], published: str | None, fetched_at: datetime | None
) -> str | None:
    """The day of the first edition line among ``texts`` (:data:`~.data.EDITION_LINE`)
    where it lies more than :data:`~.data.EDITION_MIN_GAP_DAYS` before ``published`` (or
    ``published`` is None) and at least :data:`~.data.EDITION_MIN_AGE_DAYS` before the
    fetch; None otherwise."""
    for text, _ in texts:
        if "vom" not in text or len(text) > data.EDITION_LINE_MAX_CHARS:
            continue
        match = data.EDITION_LINE.search(text)
        if match is None:
            continue
        found = parse_german_date(match["date"], fetched_at)
        if found is None:
            continue
        day = date.fromisoformat(found[:10])
        if fetched_at is not None and (fetched_at.date() - day).days < data.EDITION_MIN_AGE_DAYS:
            return None
        if published is None:
            return found[:10]
        gap = (date.fromisoformat(published[:10]) - day).days
        return found[:10] if gap > data.EDITION_MIN_GAP_DAYS else None
    return None
