"""Titles printed with their entry's day in brackets or before a colon (a weblog script's,
a guestbook's or a homepage builder's entry title, issue 11,
:mod:`~newsarchive.extract.titledates`), on small invented pages, and the rule alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.titledates import without_date

TEXT = "".join(
    f"<p>Im {n}. Absatz erzählt die Inhaberin, wie der Umzug ihres Büros verlaufen ist und "
    "wann Kundinnen und Kunden sie in den neuen Räumen am Markt erreichen.</p>"
    for n in range(1, 4)
)
URL = "http://www.buero-talheim.example/news.php?id=12"


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("Mein Büro zieht um (13.02.01)", "Mein Büro zieht um"),
        ("Neue Sprechzeiten im Sommer [06.03.2007]", "Neue Sprechzeiten im Sommer"),
        ("[12.05.1998] Neu: Unsere Agentur im Internet", "Neu: Unsere Agentur im Internet"),
        ("16.03.04: Nachhilfe in Raten zahlen", "Nachhilfe in Raten zahlen"),
        ("Di, 27.06.06 · Fahrtkosten vorab online bezahlen", "Fahrtkosten vorab online bezahlen"),
    ],
)
def test_the_entrys_day_leaves_the_headline(shown: str, expected: str) -> None:
    page = page_with(f"<h1>{shown}</h1>{TEXT}", f"<title>{shown}</title>")
    assert extract(page, URL, fetched_at=FETCHED)["title"] == expected


@pytest.mark.parametrize(
    "title",
    [
        # a date inside the headline, not stuck to it
        "Wochenbericht vom 18.09.2001: Wie sicher ist Online-Banking?",
        # a title that dates itself keeps its brackets
        "Video der Sendung vom 16.10.2019 18:15 Uhr (16.1.2019)",
        # only a word left
        "Sitzung (12.03.2001)",
        # no day: an issue's number
        "Kundenbrief (4/1999)",
    ],
)
def test_a_title_whose_date_is_no_stamp_stays(title: str) -> None:
    assert without_date(title) == ""
