"""Side columns under their German names ("spalte", "randspalte", "seitenleiste") carry other
days (a magazine's next issue, events): no date line of the page, while a column holding the
headline stays the article's (dates_y's misses, issue 11, rd2's second date round); small
pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Beratung per Video jetzt ausgewertet wird")
URL = "https://www.fachmagazin.example/index.php?kat=12&artikel=9971286"
META = "<meta property='article:published_time' content='2004-10-13T09:00:00+02:00'>"


@pytest.mark.parametrize("names", ["spalte", "randspalte", "seitenleiste", "rechte-spalte"])
def test_a_side_columns_day_is_not_the_articles(names: str) -> None:
    page = (
        f"<div id='inhalt'><h1>Beratung per Video: erste Bilanz</h1>{TEXT}</div>"
        f"<div id='{names}'><h3>Nächste Ausgabe</h3><p>erscheint am 12.11.2004</p></div>"
    )
    assert (published_on(page, META, URL) or "")[:10] == "2004-10-13"


def test_a_column_holding_the_headline_keeps_its_line() -> None:
    page = (
        f"<div class='hauptspalte'><h1>Beratung per Video</h1><p class='meta'>14.10.2004</p>"
        f"{TEXT}</div>"
    )
    assert (published_on(page, META, URL) or "")[:10] == "2004-10-14"
