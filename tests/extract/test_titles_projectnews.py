"""Titles on a donation platform's project news pages (issue 11), on small invented pages:
the ``<title>`` "Headline - Project - Platform" under the project's ``<h1>``, the news
item's ``<h2>`` showing the title's first segment whole, a colon in it or not."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet der Verein, wie die Spenden für den neuen Bus verwendet "
    "werden und was die Helferinnen und Helfer als Nächstes planen.</p>"
    for n in range(1, 4)
)
URL = "https://www.gutspenden.example/projekte/bus-fuer-die-tafel/news/17"


def title_of(headline: str) -> str:
    head = (
        f"<title>{headline} - Ein Bus für die Tafel Nordheide - Gutspenden</title>"
        "<meta property='og:site_name' content='Gutspenden'>"
    )
    body = (
        "<main><div class='project-header'><h1>Ein Bus für die Tafel Nordheide</h1>"
        "<p>Ein Projekt der Tafel Nordheide e.V.</p></div><article class='news'>"
        f"<h2 class='news-title'>{headline}</h2>{TEXT}</article></main>"
    )
    return str(extract(page_with(body, head), URL, fetched_at=FETCHED)["title"])


def test_the_news_items_heading_beats_the_projects_h1() -> None:
    assert title_of("Wir haben die Hälfte erreicht") == "Wir haben die Hälfte erreicht"


def test_a_headline_with_a_colon_shown_whole_beats_the_projects_h1() -> None:
    assert title_of("Baustart: Endlich geht es los") == "Baustart: Endlich geht es los"
