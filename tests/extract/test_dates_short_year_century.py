"""A numeric date with a two-digit year ("23.11.99", "07.09.99 14:05") is in this century, or
in the last where this one would be after the fetch (issue 11, rd27's date round): an old
page's "23.11.99" is 1999, not 2099."""

from __future__ import annotations

from datetime import datetime

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.dates import url_date
from newsarchive.extract.datetext import parse_german_date

TEXT = paragraphs("der Euro kommt")
URL = "http://www.kreissparkasse-musterhausen.example/aktuell/euro.htm"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23.11.99", "1999-11-23"),
        ("Stand: 07.09.99", "1999-09-07"),
        ("03.02.26", "2026-02-03"),
        ("07.08.07 14:05", "2007-08-07T14:05:00+02:00"),
    ],
)
def test_the_two_digit_year_s_century(text: str, expected: str) -> None:
    assert parse_german_date(text, datetime(2026, 12, 1)) == expected


def test_an_old_page_s_short_year_date_line() -> None:
    body = f"<h1>Der Euro kommt: was Sparer wissen müssen</h1><p>23.11.99</p>{TEXT}"
    assert (published_on(body, "", URL) or "")[:10] == "1999-11-23"


@pytest.mark.parametrize("text", ["Version 1.2.345", "Tarif 3.10.25.4"])
def test_no_short_year_date_in_version_numbers(text: str) -> None:
    assert parse_german_date(text, datetime(2026, 12, 1)) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # an old diary's entry named by its day, two-digit year first: the last century
        ("http://kleinebankerin.diary.example/990907_22.html", "1999-09-07"),
        ("http://kleinebankerin.diary.example/230705_slug", "2023-07-05"),
    ],
)
def test_an_address_s_two_digit_year_s_century(url: str, expected: str) -> None:
    assert url_date(url) == expected
