"""A forum's greeting to the reader with the login prompt ("Willkommen, Gast. Bitte einloggen
oder registrieren." over the reader's time) shows the reader's now, not the post's (issue 11,
rd8: dates_aa's Simple Machines kind); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Bausparkasse die Zinsen senkt")
URL = "http://www.board.example/index.php?topic=8159.0"


@pytest.mark.parametrize(
    ("greeting", "expected"),
    [
        ("Willkommen, <b>Gast</b>. Bitte einloggen oder registrieren.", "2007-03-14"),
        ("Welcome, <b>Guest</b>. Please login or register.", "2007-03-14"),
        # a box without a greeting: its day stays the nearest line
        ("Forum der Bausparer", "2007-04-14"),
    ],
)
def test_the_readers_time_under_a_greeting(greeting: str, expected: str) -> None:
    page = (
        f"<table><tr><td class='smalltext'>{greeting}<br>14. April 2007, 05:13:00</td></tr></table>"
        "<h1>Zinsen beim Bausparen</h1>"
        f"<div class='smalltext'>« <b>am:</b> 14. März 2007, 22:13:00 »</div>{TEXT}"
    )
    assert (published_on(page, "", URL) or "")[:10] == expected
