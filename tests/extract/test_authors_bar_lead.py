"""A byline's lead closing a row of facts after a bar, the name in the next node: uCoz's
entry details ("Kategorie: … | Aufrufe: 1284 | Hinzugefügt von:" <a>A</a>, "Views: 85 |
Added by:" <a>A</a>; issue 11, session 44, read on dates_de and en_ac)."""

from __future__ import annotations

import pytest
from extract_pages import authors_under_headline

URL = "https://bankenstammtisch.example/news/facebook-fans/2010-05-12-41"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Kategorie: <a href='/news/1-0-1'>Banken</a> | Aufrufe: 1284 | Hinzugefügt von: "
            "<a href='/index/8-0-7'>Frank Lindner</a> | Datum: 12.05.10 - 14:22 Uhr",
            ["Frank Lindner"],
        ),
        (
            "<a href='/news/1-0-1'>Club news</a> | Views: 85 | Added by: "
            "<a href='/index/8-1'>Marion Keast</a> | 30.11.2012, 18:00",
            ["Marion Keast"],
        ),
        # a lead that is no byline's ("Kategorie:") takes no name
        ("Aufrufe: 1284 | Kategorie: <a href='/news/1-0-1'>Anna Berg</a>", []),
    ],
)
def test_a_lead_after_a_bar_takes_the_next_node(line: str, expected: list[str]) -> None:
    assert authors_under_headline(f"<div class='eDetails'>{line}</div>", URL) == expected
