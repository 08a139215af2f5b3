"""A table layout's narrow column (``<td width="180">``, "20%") beside the article holds
other articles', events' and polls' days: no date line; small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Initiative weitere Beschwerden sammelt")
URL = "https://portal.example/article.php?story=4711"


def _page(width: str) -> str:
    side = (
        f"<td width='{width}' valign='top'><b>Kommende Termine</b><br>04.03.2007: Stammtisch"
        "<br>07.03.2007: Infoabend</td>"
    )
    return (
        "<table width='100%'><tr><td valign='top'><h1>Kontogebühren: Initiative sammelt "
        f"Beschwerden</h1>{TEXT}</td>{side}</tr></table>"
    )


@pytest.mark.parametrize("width", ["180", "20%", " 250 "])
def test_a_narrow_column_s_days_are_no_date_line(width: str) -> None:
    head = "<meta property='article:published_time' content='2007-02-27T10:00:00+01:00'>"
    assert (published_on(_page(width), head, URL) or "")[:10] == "2007-02-27"


@pytest.mark.parametrize("width", ["600", "60%", "auto"])
def test_a_wide_column_is_read(width: str) -> None:
    assert (published_on(_page(width), "", URL) or "")[:10] == "2007-03-04"


def _typo3_page(column: str) -> str:
    """A TYPO3 news page dated only by its closing "Stand:" line; beside it a column whose
    events box marks its days as news-list dates."""
    events = (
        f"<div id='{column}'><div class='box-termine'><h3>Termine</h3>"
        "<div class='news-list-item'><span class='news-list-date'>19.05.2011</span> "
        "<a href='/termine/311.html'>Fachtagung Firmenkunden</a></div>"
        "<div class='news-list-item'><span class='news-list-date'>07.06.2011</span> "
        "<a href='/termine/312.html'>Vorstandsforum</a></div></div></div>"
    )
    return (
        "<div id='col-main'><h1>Jeder zweite Kunde nutzt Online-Banking</h1>"
        f"{paragraphs('die Kunden online gehen', 12)}"
        "<p class='bodytext news-stand'><em>Stand: 04.05.2011</em></p></div>"
        f"{events}"
    )


@pytest.mark.parametrize("column", ["col-right", "rightcol", "rechte_spalte"])
def test_a_side_column_s_marked_days_date_no_article(column: str) -> None:
    # (session 48, read on dates_dm: the events' first day had dated the page)
    published = published_on(_typo3_page(column), "", "https://verband.example/meldung.html")
    assert (published or "")[:10] == "2011-05-04"


def test_a_column_by_another_id_is_read() -> None:
    published = published_on(_typo3_page("col-extra"), "", "https://verband.example/m.html")
    assert (published or "")[:10] == "2011-05-19"
