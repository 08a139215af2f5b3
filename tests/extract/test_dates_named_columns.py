"""A layout's side column named as one ("leftcolumn", "right-column") carries other dates (a
wiki's recent changes beside the article): its dates are no date line (issue 11, rd8: half
AQ's TikiWiki kind); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("sich Tagesgeld-Hopping lohnt")
URL = "http://www.treff.example/tiki-read_article.php?articleId=41"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("leftcolumn", "2006-07-03"),
        ("right-column", "2006-07-03"),
        # a column not named as a side one: its box stays the nearest date line
        ("column-a", "2006-07-02"),
    ],
)
def test_a_named_side_column(name: str, expected: str) -> None:
    page = (
        "<h1>Kleinanleger-Treff</h1><table><tr>"
        f"<td id='{name}'><div class='box'><h3>Letzte Änderungen</h3>"
        "<ul><li><a>Depotvergleich</a> <span>02.07.2006</span></li></ul></div></td>"
        "<td><div class='article'><h1>Tagesgeld-Hopping</h1>"
        f"<div class='titleb'>Von Frank Oberländer am Montag, 3. Juli 2006</div>{TEXT}"
        "</div></td></tr></table>"
    )
    assert (published_on(page, "", URL) or "")[:10] == expected
