"""Times marked with their zone on the page: a date line's "23:10 UTC" (after a "·" too, or in
brackets, "12:40 (UTC)"; a "·" before an unmarked length or count joins no time) is a UTC
time, given in German time like the metadata's; a date line shown in German time ("00:40
(GMT+1)", "00:20 Uhr MEZ") keeps its day where the metadata gives the same moment with a
foreign server's offset (-06:00), which the site's-zone rule of session 51 had taken (issue
11, session 62). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.datetext import parse_date

URL = "https://www.boersenbrief-muster.example/banken/direktbank-verdoppelt-gewinn"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.11.2024 · 23:10 UTC", "2024-11-13T00:10:00+01:00"),
        ("12. November 2024 · 23:10 GMT", "2024-11-13T00:10:00+01:00"),
        ("4. März 2025, 12:40 (UTC)", "2025-03-04T13:40:00+01:00"),
        ("02.02.2024 00:40 (GMT+1)", "2024-02-02T00:40:00+01:00"),
        ("12.11.2024 · 23:10", "2024-11-12"),
        ("22. April 2021 · 27:14", "2021-04-22"),
        ("21. November 2022 · 3.877 Aufrufe", "2022-11-21"),
    ],
)
def test_a_zone_marked_time_is_read_in_its_zone(text: str, expected: str) -> None:
    assert parse_date(text) == expected


def _page(line: str) -> str:
    return (
        "<main><article><h1>Direktbank verdoppelt ihren Jahresgewinn</h1>"
        f"<p class='meta'>Veröffentlicht <time datetime='2024-02-01T17:40:00-06:00'>{line}"
        f"</time></p>{paragraphs('der Gewinn sich verdoppelt hat', 5)}</article></main>"
    )


@pytest.mark.parametrize("line", ["02.02.2024 00:40 (GMT+1)", "02.02.2024, 00:40 Uhr MEZ"])
def test_a_date_line_in_german_time_keeps_its_day_over_a_server_offset(line: str) -> None:
    head = "<meta property='article:published_time' content='2024-02-01T17:40:00-06:00'>"
    assert (published_on(_page(line), head, URL) or "")[:10] == "2024-02-02"


def test_a_utc_date_line_is_given_in_german_time() -> None:
    body = (
        "<main><article><h1>Stundenlange Störung beim Onlinebanking</h1>"
        "<p class='meta'>dpa · 12.11.2024 · 23:10 UTC</p>"
        f"{paragraphs('die Störung Stunden dauerte', 5)}</article></main>"
    )
    head = "<meta property='article:published_time' content='2024-11-13T00:10:00+01:00'>"
    assert (published_on(body, head, URL) or "")[:10] == "2024-11-13"
