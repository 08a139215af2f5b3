"""A thread's first post: where the date line takes a later post header's day (a reply's),
the first header of the same class gives the thread's day when it is earlier (the first
post's header above the subject, or beside a member's "Joined:" line) (issue 11, rd37's date
round); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Filiale am Markt schließt")
URL = "http://forum.sparkassen-talk.example/showthread.php?t=4711"
HEAD = "<title>Filiale am Markt schließt? | Sparkassen-Talk</title>"
NAV = (
    "<table class='tborder'><tr><td class='navbar'>Sparkassen-Talk › Filialen<br>"
    "<strong>Filiale am Markt schließt?</strong></td></tr></table>"
)


def _post(header: str, name: str, body: str, first: bool) -> str:
    subject = "<div class='subject'><strong>Filiale am Markt schließt?</strong></div>"
    return (
        f"<table class='tborder'><tr><td class='thead'>{header}</td></tr><tr>"
        f"<td class='alt2'>{name}<div class='small'>Mitglied<br>Beiträge: 5611</div></td>"
        f"<td class='alt1'>{subject if first else ''}{body}</td></tr></table>"
    )


def _thread(first: str, reply: str) -> str:
    return (
        NAV
        + _post(first, "kalle_kiel", TEXT, True)
        + _post(reply, "Dirk Overbeck", "<p>Schade, ich war gern dort.</p>", False)
    )


@pytest.mark.parametrize(
    ("first", "reply", "expected"),
    [
        ("29.10.2012, 22:48 <span>#1</span>", "30.10.2012, 07:10", "2012-10-29"),
        ("<span class='small'>10-29-2012, 10:48 PM</span>", "10-30-2012, 07:10 AM", "2012-10-29"),
    ],
)
def test_a_reply_header_day_gives_way_to_the_first_post_header(
    first: str, reply: str, expected: str
) -> None:
    got = published_on(_thread(first, reply), HEAD, URL)
    assert got is not None
    assert got[:10] == expected


def test_a_header_without_a_clock_time_is_no_post_header() -> None:
    """Guard: a list's bare days in a repeated class are no post headers: the line stays."""
    body = (
        f"<h1>Filiale am Markt schließt</h1><p class='meta'>30.10.2012, 07:10</p>{TEXT}"
        "<ul><li class='meta'>29.10.2012</li><li class='meta'>28.10.2012</li></ul>"
    )
    got = published_on(body, "", "http://www.sparkasse.example/aktuell/filiale.htm")
    assert got is not None
    assert got[:10] == "2012-10-30"
