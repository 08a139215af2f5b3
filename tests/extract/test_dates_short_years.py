"""A numeric date with a two-digit year is in the last century where this century's would be
after the fetch ("23.11.99" is 1999: an old bank's press page; issue 11, rd9: dates_ac's kind);
small pages written for the test."""

from __future__ import annotations

from datetime import datetime

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.datetext import parse_german_date

FETCHED = datetime.fromisoformat("2026-12-01T12:00:00+01:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23.11.99", "1999-11-23"),
        ("Do., 26.11.26 14:05", "2026-11-26T14:05:00+01:00"),
        ("03.08.27", "1927-08-03"),
    ],
)
def test_a_two_digit_year(text: str, expected: str) -> None:
    assert parse_german_date(text, FETCHED) == expected


def test_an_old_press_release_with_a_short_year() -> None:
    text = paragraphs("die Privatbank neue Räume bezieht")
    page = f"<h1>Neue Räume am Markt</h1><p>23.11.99</p>{text}"
    assert (published_on(page, "", "http://www.bank.example/presse/detail.cfm?id=8") or "")[
        :10
    ] == "1999-11-23"
