"""An ambiguous slashed date ("03/04/2024") on an English page whose other dates do not
tell the order: the page's ``<html lang>`` does, day first for Ireland, the UK, Australia,
month first for the US (:func:`~newsarchive.extract.slashorder.lang_order`; session 35, read
on blind en_at, issue 11). Small invented pages without date metadata; a German page keeps
the order as before (German blogs print their engine's US default as often as not)."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, FETCHED

from newsarchive.extract import extract

URL = "https://corrib-savers.example/blog/first-time-buyers-deposit"


def published(lang: str, shown: str = "03/04/2024") -> str | None:
    """The day of an invented blog post in ``lang`` showing ``shown`` under its headline."""
    html = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Deposits</title></head><body>"
        "<main><article><h1>First-time buyers: the deposit you need</h1><div class='meta'>"
        f"<span class='author'>Siobhan Keane</span> <div class='date'>{shown}</div></div>"
        f"{ARTICLE}</article></main></body></html>"
    ).encode()
    day = extract(html, URL, fetched_at=FETCHED)["published"]
    return day[:10] if day else None


@pytest.mark.parametrize(
    ("lang", "day"),
    [("en-IE", "2024-04-03"), ("en-GB", "2024-04-03"), ("en-AU", "2024-04-03")],
)
def test_a_day_first_locale_reads_day_first(lang: str, day: str) -> None:
    assert published(lang) == day


@pytest.mark.parametrize("lang", ["en-US", "de", "en", "en-CA"])
def test_other_locales_keep_the_order_as_before(lang: str) -> None:
    assert published(lang) == published("")
