"""Numeric dates with dashes and the year last ("06-10-2009, 19:40", "04-16-2009, 10:22 AM"),
which the dotted and slashed forms do not read: day first (the German order) unless a
12-hour clock tells the US order or a number above 12 tells either."""

from __future__ import annotations

import re
from datetime import date

from newsarchive.extract import data


def dashed_match(text: str) -> re.Match[str] | None:
    """The first dashed date in ``text`` (:data:`~newsarchive.extract.data.DATE_DASHED`)
    that names a real day."""
    if "-" not in text:
        return None
    for match in data.DATE_DASHED.finditer(text):
        if _order(match):
            return match
    return None


def _order(match: re.Match[str]) -> tuple[int, int, int] | None:
    """(year, month, day) of a dashed date: month first after a 12-hour clock, else day
    first; a number above 12 is the day whatever the clock."""
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    month_first = bool(match[6]) if first <= 12 and second <= 12 else second > 12
    month, day = (first, second) if month_first else (second, first)
    try:
        date(year, month, day)
    except ValueError:
        return None
    return year, month, day


def dashed_day(text: str) -> tuple[str, str | None, str | None] | None:
    """The dashed date's day (``YYYY-MM-DD``) and its 24-hour clock's hour and minute (none
    for a 12-hour clock, read for the order only), or None."""
    match = dashed_match(text)
    order = _order(match) if match else None
    if match is None or order is None:
        return None
    year, month, day = order
    hour, minute = (None, None) if match[6] else (match[4], match[5])
    return date(year, month, day).isoformat(), hour, minute
