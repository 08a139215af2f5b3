"""A 12-hour clock after a date's time ("9:04 PM", "12:30 a.m.") is read on a 24-hour
clock: the stored time was twelve hours early for every afternoon and evening post."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.datetext import parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10/19/2026 9:04 PM", "2026-10-19T21:04:00+02:00"),
        ("10/19/2026 09:04:11 pm", "2026-10-19T21:04:00+02:00"),
        ("October 19, 2026 at 9:04 p.m.", "2026-10-19T21:04:00+02:00"),
        ("19 October 2026 11:45 PM", "2026-10-19T23:45:00+02:00"),
        ("2026-10-19 09:04 PM", "2026-10-19T21:04:00+02:00"),
        ("Oct 19, 2026, 12:05 PM", "2026-10-19T12:05:00+02:00"),
        # midnight and the morning
        ("10/19/2026 12:30 AM", "2026-10-19T00:30:00+02:00"),
        ("10/19/2026 9:04 AM", "2026-10-19T09:04:00+02:00"),
        # the zone after the clock still counts (a UTC time as a German reader sees it)
        ("Oct 19, 2026 9:30 PM GMT", "2026-10-19T23:30:00+02:00"),
        # a 24-hour time stays as written, with or without a stray marker
        ("19.10.2026, 21:04 Uhr", "2026-10-19T21:04:00+02:00"),
        ("10/19/2026 21:04 PM", "2026-10-19T21:04:00+02:00"),
        # "AM" has to follow the time: a word starting with it is no clock
        ("19.10.2026 um 9:04 Amsterdam", "2026-10-19T09:04:00+02:00"),
    ],
)
def test_twelve_hour_clock(text: str, expected: str) -> None:
    assert parse_date(text) == expected


def test_page_stores_the_evening_time() -> None:
    body = (
        "<h1>Kontowechsel</h1><p class='meta'>Posted by Anna Berg on October 6, 2026, 9:14 PM</p>"
        + paragraphs("die Bank ihr Kontomodell wechselt")
    )
    url = "https://blog.example/kontowechsel"
    assert published_on(body, "<title>Kontowechsel</title>", url) == "2026-10-06T21:14:00+02:00"
