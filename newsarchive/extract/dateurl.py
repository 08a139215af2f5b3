"""The month a page address names without its day ("/2021/10/slug/"): it weighs the page's
dates (:mod:`newsarchive.extract.dates`)."""

from __future__ import annotations

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
