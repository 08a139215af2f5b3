"""The reader's clock in a forum's welcome box ("Willkommen, Gast. Bitte einloggen oder
registrieren." | "14. April 2007, 05:13:00") is no date line (issue 11: rd12, from dates_aa's
misses); small pages written for the test."""

from __future__ import annotations

import re

import pytest
from extract_pages import published_on

from newsarchive.extract import data

URL = "http://www.spar-talk.example/index.php?topic=812.0"
POST = (
    "Hallo zusammen, meine Bausparkasse hat mir heute meinen alten Vertrag gekündigt und "
    "ich frage mich, was ich jetzt tun kann."
)


def _page(welcome: str) -> str:
    return (
        f"<h1>Spar-Talk</h1><div class='user'>{welcome}</div>"
        "<div class='post'><h3>Bausparvertrag gekündigt – was nun?</h3>"
        f"<div class='keyinfo'>« <b>am:</b> 14. März 2007, 22:13:00 »</div><p>{POST}</p></div>"
        "<div class='post'><div class='keyinfo'>« <b>Antwort #1 am:</b> 15. März 2007, "
        "07:13:00 »</div><p>Das kommt leider öfter vor, lies mal deinen Vertrag genau.</p></div>"
    )


@pytest.mark.parametrize(
    "welcome",
    [
        "Willkommen, <b>Gast</b>. Bitte einloggen oder registrieren.<br>14. April 2007, 05:13:00",
        "Aktuelle Zeit: 14. April 2007, 05:13",
    ],
)
def test_the_clock_is_no_date_line(welcome: str) -> None:
    assert (published_on(_page(welcome), "", URL) or "")[:10] == "2007-03-14"


def test_switched_off_the_clock_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "DATE_READER_CLOCK", re.compile(r"(?!)"))
    welcome = "Willkommen, <b>Gast</b>. Bitte einloggen oder registrieren.<br>14. April 2007"
    assert (published_on(_page(welcome), "", URL) or "")[:10] == "2007-04-14"
