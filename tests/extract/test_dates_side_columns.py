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
