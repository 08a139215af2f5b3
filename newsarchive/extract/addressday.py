"""The day a page's address names ("/2026/11/26/", "?datum=2026-11-26"), and when a day the
page shows stands against it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from urllib.parse import urlsplit

from newsarchive.extract import data
from newsarchive.extract.datetext import century, utc_day


def url_date(url: str) -> str | None:
    """A day in the page address: "/2026/11/26/", "/26-11-2026", "/20261126/", and the
    other forms of :data:`~newsarchive.extract.data.URL_DATE_FORMS` ("/2026/1126/",
    "?datum=2026-11-26", "/20261126-slug", "/261126_slug")."""
    parts = urlsplit(url)
    path = parts.path
    match = data.URL_DATE_YMD.search(path)
    compact = data.URL_DATE_COMPACT.search(path)
    if match:
        year, month, day = match.groups()
    elif compact:
        year, month, day = compact.groups()
    else:
        match = data.URL_DATE_DMY.search(path)
        if not match:
            return _other_url_date(path, parts.query)
        day, month, year = match.groups()
    return _valid_day(year, month, day)


def _other_url_date(path: str, query: str) -> str | None:
    found = data.URL_DATE_QUERY.search(query)
    if found and (day := _valid_day(*found.groups())):
        return day
    for pattern, order in data.URL_DATE_FORMS:
        for match in pattern.finditer(path):
            a, b, c = match.groups()
            b = data.URL_MONTHS.get(b.lower(), b)  # "/2026/mar/03/"
            if order == "dmy":
                a, c = c, a
            day = _valid_day(century(a, None) if order == "yymd" else a, b, c)
            if day:
                return day
    return None


def _valid_day(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def shortly_after(shown: str | None, address_day: str, marked: Callable[[], str | None]) -> bool:
    """True when the address's day is at most :data:`~.data.ADDRESS_LATER_MAX_DAYS` after
    the ``shown`` date line's day and the article's date markup (``marked``, read only
    then) gives the line's day: an update's, a repost's or a print edition's address (the
    metadata on its day too), the markup and the line the publication (session 48, read on
    de_full115 and de_full97: of 9 read pages whose markup and line agree on a day before
    the address's, 8 judges take that day)."""
    if not shown or shown[:10] >= address_day:
        return False
    try:
        days = (date.fromisoformat(address_day) - date.fromisoformat(shown[:10])).days
    except ValueError:
        return False
    return days <= data.ADDRESS_LATER_MAX_DAYS and (marked() or "")[:10] == shown[:10]


def created_address(
    address: str, visible: str | None, meta_day: str | None, published: str | None
) -> bool:
    """Whether the address is dated at most :data:`~.data.ADDRESS_CREATED_MAX_DAYS` before
    the day the metadata and the date line agree on (``visible``, ``meta_day``), and is not
    the UTC day of the ``published`` moment: the story's created day, not its publication."""
    if not (visible and published and visible[:10] == meta_day):
        return False
    try:
        days = (date.fromisoformat(visible[:10]) - date.fromisoformat(address)).days
    except ValueError:
        return False
    return 0 < days <= data.ADDRESS_CREATED_MAX_DAYS and utc_day(published) != address
