"""A two-digit year after the fetch's year is in the 1900s ("23.11.99" on a page fetched in
2026 is 1999; a table layout's date cell beside the headline), one up to it in the 2000s
(issue 11, rd6); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs, published_on

from newsarchive.extract.datetext import parse_german_date

TEXT = paragraphs("die Niederlassung eröffnet wurde")
URL = "http://www.bankhaus.example/aktuelles/detail.cfm?id=81"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("23.11.99", "1999-11-23"), ("3.2.27", "1927-02-03"), ("26.11.26", "2026-11-26")],
)
def test_the_century_of_a_two_digit_year(text: str, expected: str) -> None:
    assert parse_german_date(text, FETCHED) == expected


def test_without_the_fetch_time_the_2000s() -> None:
    assert parse_german_date("23.11.99") == "2099-11-23"


def test_a_date_cell_beside_the_headline() -> None:
    page = (
        "<table><tr><td class='datum'>23.11.99</td><td><h1>Neue Niederlassung eröffnet</h1>"
        f"</td></tr></table>{TEXT}"
    )
    assert (published_on(page, "", URL) or "")[:10] == "1999-11-23"
