"""Old boards' and portals' date lines (dates_v's misses, issue 11, rd3): a forum's clock at
the reader's visit above its threads ("Aktuelle Zeit: …") is no publication, on small pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

URL = "https://forum.example/read.php?4,1234"
POST = "<p>Mein Tagesgeld wird ab sofort nur noch mit der Hälfte des Satzes verzinst.</p>"


@pytest.mark.parametrize(
    "clock",
    [
        "<div class='forum-time'>Aktuelle Zeit: 5. Oktober 2007 10:10</div>",
        "<p class='board-date'>Es ist jetzt Freitag, 5. Oktober 2007, 10:10</p>",
        "<span class='current-time'>Current time: 05.10.2007 10:10</span>",
    ],
)
def test_a_boards_clock_is_not_the_posts_day(clock: str) -> None:
    body = (
        f"<div id='board'><div class='nav'>Forenübersicht » Banken</div>{clock}"
        "<div class='message'><h1>Tagesgeld: Zinsen halbiert?</h1><small>Geschrieben von: "
        f"<strong>Katrin Vollmer</strong><br>Datum: 14. März 2007 00:10</small>{POST}</div></div>"
    )
    assert published_on(body, "", URL) == "2007-03-14T00:10:00+01:00"
