"""Titles on a learning platform's course news pages titled "Course: Neuigkeiten" under the
course's ``<h1>`` (issue 11), on small invented pages: the news item's ``<h2>`` is the
headline."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet die Klassenleitung, wie das zweite Ausbildungsjahr beginnt "
    "und welche Termine die Klasse sich merken sollte.</p>"
    for n in range(1, 4)
)
URL = "https://lernen.bbs-nordheide.example/goto.php?target=crs_4711"


def test_the_news_items_heading_under_the_courses_h1_is_the_headline() -> None:
    body = (
        "<main><h1 class='page-content-header'>BK 22a Bankkaufleute</h1><ul><li>Inhalt</li>"
        "<li>Neuigkeiten</li></ul><div class='news-item'><h2>Willkommen im zweiten "
        f"Ausbildungsjahr</h2>{TEXT}</div></main>"
    )
    page = page_with(body, "<title>BK 22a Bankkaufleute: Neuigkeiten</title>")
    assert extract(page, URL, fetched_at=FETCHED)["title"] == (
        "Willkommen im zweiten Ausbildungsjahr"
    )
