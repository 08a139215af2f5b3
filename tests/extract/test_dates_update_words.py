"""An update word opens a word: "Stand: 20.03.2008" names an update, a "Vorstand" or the
"Mittelstand" before a date does not (issue 11, rd6); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("der Verein ein neues Konto eröffnet hat")
URL = "http://www.verein.example/news/konto.html"
SIDE = "<div><h4>Termine</h4><p>07.04.2008: Vortrag</p></div>"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Eingestellt von vorstand am 14.03.2008", "2008-03-14"),
        ("Mittelstand · 14.03.2008", "2008-03-14"),
        # an update's day is no publication: the side column's day is the only line left
        ("Stand: 14.03.2008", "2008-04-07"),
    ],
)
def test_a_word_holding_stand_names_no_update(line: str, expected: str) -> None:
    page = f"<h1>Neues Vereinskonto</h1><p>{line}</p>{TEXT}{SIDE}"
    assert (published_on(page, "", URL) or "")[:10] == expected
