"""A metadata time in ISO order with its zone as a word ("2023-03-21 23:30:00 UTC", a
database's timestamp in ``<meta name="date">``) is a UTC time: the day a German reader sees is
the next one after 23:00 (issue 11's day shifted by one); without the word it stays local
time. Small strings and pages written for the test."""

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
        ("2023-03-21 23:30:00 UTC", "2023-03-22T00:30:00+01:00"),
        ("2023-03-21T23:30:00 GMT", "2023-03-22T00:30:00+01:00"),
        ("2023-03-21 23:30:00", "2023-03-21T23:30:00+01:00"),
    ],
)
def test_an_iso_time_with_its_zone_as_a_word(value: str, expected: str) -> None:
    assert parse_date(value) == expected


def test_a_pages_utc_timestamp_gives_the_german_day() -> None:
    head = "<meta name='date' content='2023-03-21 23:30:00 UTC'>"
    assert published_on(BODY, head, URL) == "2023-03-22T00:30:00+01:00"
