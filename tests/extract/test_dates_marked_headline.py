"""On a page without an ``<h1>``, a heading marked ``itemprop="headline"`` (Joomla's
``<h2 itemprop="headline">``) is the headline the date line is measured from: cards above it
("Bei uns seit: …") are farther than the date under it (dates_o's miss, issue 11, rdates10), on
small pages written for the test."""

from __future__ import annotations

from extract_pages import paragraphs, published_on

TEXT = paragraphs("das Tierheim jetzt auch auf Instagram zeigt")
URL = "https://www.tierheim.example/aktuelles/neues-aus-dem-tierheim"
CARDS = (
    "<section class='animals'><h2>Unsere Notfellchen</h2>"
    "<div class='animal'><h3>Bruno</h3><p>Bei uns seit: 01.04.2025</p></div></section>"
)


def _page(heading: str) -> str:
    return f"<main>{CARDS}<div class='item-page'>{heading}<p>22.04.2025</p>{TEXT}</div></main>"


def test_the_marked_headline_on_a_page_without_h1() -> None:
    page = _page("<h2 itemprop='headline'>Neues aus dem Tierheim</h2>")
    assert published_on(page, "", URL) == "2025-04-22"


def test_an_unmarked_heading_leaves_the_nearest_line_from_the_top() -> None:
    assert published_on(_page("<h2>Neues aus dem Tierheim</h2>"), "", URL) == "2025-04-01"
