"""A byline near the headline naming more writers than the byline markup, which marks only
one entry's author (a liveblog's "Von A und B" over entries with their reporter; kind read in
half O, issue 11): the byline's names, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://zeitung.example/region/liveblog-stoerung-sparkasse/"


def entry(time: str, author: str) -> str:
    return (
        f"<div class='entry'><time>{time}</time><p class='entry__author'>{author}</p>"
        f"<p>Die Sparkasse Talbach meldet um {time} neue Erkenntnisse zur Störung an den "
        "Kassen und Automaten, Kunden sollen Geduld haben und Bargeld bereithalten.</p></div>"
    )


def authors(byline: str) -> list[str]:
    entries = entry("15:42", "Greta Hollmann") + entry("11:05", "Sven Ribbeck")
    entries += entry("07:10", "Greta Hollmann")
    html = page_with(
        f"<main><h1>Störung bei der Sparkasse</h1><div class='live-byline'>{byline}</div>"
        f"<p>Erstellt: 03.03.2026, 07:10 Uhr</p><section>{entries}</section></main>",
        "<title>Störung bei der Sparkasse</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Von Greta Hollmann und Sven Ribbeck", ["Greta Hollmann", "Sven Ribbeck"]),
        # the byline names the markup's author only, or someone else: the markup stays
        ("Von Greta Hollmann", ["Greta Hollmann"]),
        ("Von Lena Ortmann und Sven Ribbeck", ["Greta Hollmann"]),
    ],
)
def test_byline_over_entries(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected
