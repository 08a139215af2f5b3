"""A comments' heading counts after a paragraph of the text: a board script's navigation
"[ Antworten ] [ Antwort schreiben ]" above the post is none, the post's own "Geschrieben von
… am …" after it is its byline, not a follow-up's day (issue 11, rd14: dates_af's boards);
small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

from newsarchive.extract import data

URL = "http://www.boersenbrett.example/board/messages/4711.html"
POST = (
    "Hallo Board, nach dem Einbruch der letzten Wochen stehen die Bankaktien so tief wie "
    "lange nicht.<br>Ich überlege, bei der Sparkasse Musterstadt nachzukaufen.<br>Wie seht "
    "ihr das?"
)


def _board(nav: str) -> str:
    return (
        "<center><h1>Bankaktien nachkaufen?</h1></center><hr>"
        f"<center>{nav}</center><hr><p>Geschrieben von moneypenny am 8. Oktober 1998 um "
        f"21:47:00:<p>{POST}<br><hr><p><a name='followups'>Antworten:</a><br><ul>"
        "<li><a href='2.html'>Re: Bankaktien nachkaufen?</a> <b>Uwe</b> <i>9. Oktober 1998</i>"
        "</li></ul>"
    )


NAV = "[ <a href='#followups'>Antworten</a> ] [ <a href='#post'>Antwort schreiben</a> ]"


def test_the_posts_byline_under_the_boards_navigation() -> None:
    assert (published_on(_board(NAV), "", URL) or "")[:10] == "1998-10-08"


def test_switched_off_the_follow_ups_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "DATE_COMMENTS_AFTER_TEXT", False)
    assert (published_on(_board(NAV), "", URL) or "")[:10] == "1998-10-09"


def test_without_the_navigation_as_before() -> None:
    assert (published_on(_board(""), "", URL) or "")[:10] == "1998-10-08"
