"""A forum's or community's user box beside each post names the member's join ("Mitglied
seit: 18.04.2000", "Registriert seit: 26.01.2024", "Dabei seit 2. November 2024"): the member's
day, not the post's date line (dates_y's misses, issue 11, rd2's second date round); small
pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

URL = "https://forum.example/t263f3-tagesgeld-welche-bank.html"
FIRST = "Hallo zusammen, mein Tagesgeldkonto wird ab nächsten Monat deutlich schlechter verzinst."
REPLY = "Schau mal bei den Vergleichsportalen, aber achte auf die Laufzeit der Aktion."


def _thread(since: str, head: str = "#1 von Zinsjäger , 21.11.2024 22:13") -> str:
    return (
        "<div id='content'><h2 class='threadtitle'>Tagesgeld: Welche Bank zahlt noch Zinsen?</h2>"
        f"<div class='post'><div class='user'><b>Zinsjäger</b><br>Beiträge: 514<br>{since}</div>"
        f"<div class='posthead'>{head}</div><div class='posttext'><p>{FIRST}</p></div></div>"
        "<div class='post'><div class='user'><b>spar_mal</b><br>Beiträge: 100</div>"
        "<div class='posthead'>#2 von spar_mal , 25.11.2024 01:13</div>"
        f"<div class='posttext'><p>{REPLY}</p></div></div></div>"
    )


@pytest.mark.parametrize(
    "since",
    [
        "Registriert seit: 26.01.2024",
        "Mitglied seit: 26.01.2024",
        "Dabei seit 26. Januar 2024",
        "Anmeldedatum: 26.01.2024",
        "Member since Jan 26, 2024",
        "<dl><dt>Mitglied seit</dt><dd>26.01.2024</dd></dl>",
    ],
)
def test_a_members_join_is_not_the_posts_date(since: str) -> None:
    assert (published_on(_thread(since), "", URL) or "")[:10] == "2024-11-21"


def test_a_post_head_naming_no_join_is_still_the_date() -> None:
    # the same box with the post's own day labelled otherwise stays the date line
    page = _thread("Beiträge seit Januar", head="Erstellt am 22.11.2024")
    assert (published_on(page, "", URL) or "")[:10] == "2024-11-22"
