"""A US slashed date with a two-digit year and a 12-hour clock ("03/21/07 10:13:00 pm"):
month first, as the clock says; read by :func:`~newsarchive.extract.dateline.date_line`."""

from __future__ import annotations

import re
from datetime import datetime

from newsarchive.extract import data
from newsarchive.extract.datetext import century, parse_german_date


def us_short_year(text: str, fetched_at: datetime | None) -> tuple[re.Match[str], str] | None:
    """The first such date in ``text`` (:data:`~newsarchive.extract.data.DATE_US_SHORT_YEAR`)
    and its day and time in ISO 8601 (the hour on a 24-hour clock), or None."""
    match = data.DATE_US_SHORT_YEAR.search(text)
    if match is None:
        return None
    month, day, year, hour, minute, half = match.groups()
    clock = int(hour) % 12 + (12 if half.lower() == "p" else 0)
    found = parse_german_date(f"{month}/{day}/{century(year, fetched_at)} {clock}:{minute}")
    return (match, found) if found else None
