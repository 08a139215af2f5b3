"""A date with dashes: month first before a 12-hour clock ("posted 05-23-2001 10:40 PM", the
untranslated English of old forum software), else only where a number above 12 names the day
(dates_y's misses, issue 11, rd2's second date round); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

from newsarchive.extract.datetext import parse_german_date

URL = "http://www.stammtisch.example/cgi-bin/ultimatebb.cgi?ubb=get_topic;f=4;t=000099"
POST = "Mal eine Frage in die Runde: Sind Bankaktien nach dem Absturz am Neuen Markt sicherer?"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("posted 05-23-2001 10:40 PM", "2001-05-23T22:40:00+02:00"),
        ("posted 03-04-2001 12:10 AM", "2001-03-04T00:10:00+01:00"),
        ("05-23-2001, 10:40 p.m.", "2001-05-23T22:40:00+02:00"),
        ("23-05-2001", "2001-05-23"),
        ("05-23-2001", "2001-05-23"),
        ("03-04-2001", None),  # day or month first: open
        ("Tel. 0711-12-2001", None),
    ],
)
def test_a_dashed_date_is_read_where_its_order_is_plain(text: str, expected: str | None) -> None:
    assert parse_german_date(text) == expected


def test_a_forum_posts_dashed_head_is_its_date() -> None:
    page = (
        "<table><tr><td><b>Thema: Neuer Markt: Wer hält noch Bankaktien?</b></td></tr>"
        "<tr><td><b>boersenfuchs</b><br>Beiträge: 149</td><td><font size='1'>posted "
        f"05-23-2001 10:40 PM · Profil</font><hr>{POST}</td></tr>"
        "<tr><td><b>Hoss</b></td><td><font size='1'>posted 05-26-2001 05:40 AM</font><hr>"
        "Ich würde streuen, Einzelwerte sind gerade zu heiß.</td></tr></table>"
    )
    assert (published_on(page, "", URL) or "")[:10] == "2001-05-23"
