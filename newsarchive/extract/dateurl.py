"""The month a page address names without its day ("/2021/10/slug/"): it weighs the page's
dates (:mod:`newsarchive.extract.dates`) and gives a year to a date line without one ("am 3.
Mai")."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from newsarchive.extract import data


def url_month(url: str) -> tuple[int, int | None] | None:
    """(year, month) named by the page address's path ("/2021/10/"; month None for
    "/2021/slug"), or None."""
    match = data.URL_MONTH.search(urlsplit(url).path)
    return (int(match[1]), int(match[2]) if match[2] else None) if match else None


def in_month(found: str | None, month: tuple[int, int | None]) -> bool | None:
    """True when the ISO date ``found`` falls in the address's ``month`` (year, month), False
    when not, None when the address names no month or there is no date."""
    if not found or month[1] is None:
        return None
    return found[:7] == f"{month[0]:04d}-{month[1]:02d}"


def yearless_line(
    texts: list[tuple[str, bool]], mark: int, month: tuple[int, int | None]
) -> str | None:
    """The day of a date line without a year just under the headline ("am 3. Mai"), in the
    address's year; None when its month is not the address's."""
    for text, skip in texts[mark + 1 : mark + 1 + data.DATE_DAY_MONTH_NODES]:
        match = data.DATE_DAY_MONTH.search(text)
        if skip or not match:
            continue
        rest = data.VISIBLE_DATE_FILLER.sub("", text[: match.start()] + text[match.end() :])
        month_no = data.MONTHS.get(match[2].lower())
        if (
            len(rest) > data.VISIBLE_DATE_MAX_REST
            or not month_no
            or month[1] not in (None, month_no)
        ):
            continue
        try:
            return date(month[0], month_no, int(match[1])).isoformat()
        except ValueError:
            continue
    return None
