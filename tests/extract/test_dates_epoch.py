"""A Unix time as a metadata value ("1679441400", in milliseconds "1679441400000"; some CMSs
write ``article:published_time`` or ``<time datetime>`` so) is a UTC moment, read as the German
day (issue 11's no date where the page has one); other numbers are no date. Small strings and
pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

from newsarchive.extract.datetext import parse_date

URL = "https://bank.example/presse/neue-filiale-eroeffnet"
BODY = (
    "<article><h1>Neue Filiale eröffnet</h1><p>Die Bank eröffnet am Markt eine neue Filiale "
    "mit Beratungsräumen und einem Selbstbedienungsbereich für die Kundschaft.</p></article>"
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1679441400", "2023-03-22T00:30:00+01:00"),
        ("1679441400000", "2023-03-22T00:30:00+01:00"),
        ("167944140", None),
        ("0679441400", None),
        ("12345678901234", None),
    ],
)
def test_a_unix_time_is_a_utc_moment(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


def test_a_pages_unix_time_in_its_metadata_gives_the_date() -> None:
    head = "<meta property='article:published_time' content='1679441400'>"
    assert published_on(BODY, head, URL) == "2023-03-22T00:30:00+01:00"
