"""A date line whose label stands in the node before and whose day opens with its weekday
("Datum:" | "Mo, 22.10.2001 20:11": a Usenet archive's or a forum's header table) ranks as
labelled, before a later reply's labelled day (issue 11, rd14: AQ's newsgroup archive);
small pages written for the test."""

from __future__ import annotations

import re

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract import data

TEXT = paragraphs("Überweisungsträger Gebühren kosten")
URL = "http://groups.newsarchiv.example/group/de.soc.geld.banken/msg/4711"


def _thread(day: str) -> str:
    return (
        "<h1>Gebühren für Überweisungsträger</h1>"
        f"<div class='msg'><div class='hdr'><b>Von:</b> Sparfuchs<br><b>Datum:</b> {day}"
        f"<br><b>Betreff:</b> Gebühren</div>{TEXT}</div>"
        "<div class='msg'><div class='hdr'><b>Von:</b> Rolf<br><b>Datum:</b> 23.10.2001 09:10"
        "<br><b>Betreff:</b> Re: Gebühren</div><p>Das ist bei uns auch so.</p></div>"
    )


@pytest.mark.parametrize(
    "day", ["Mo, 22.10.2001 20:11", "Montag, 22. Oktober 2001", "Mo., den 22.10.2001"]
)
def test_the_first_messages_day_after_its_weekday(day: str) -> None:
    assert (published_on(_thread(day), "", URL) or "")[:10] == "2001-10-22"


def test_without_the_weekday_as_before() -> None:
    assert (published_on(_thread("22.10.2001 20:11"), "", URL) or "")[:10] == "2001-10-22"


def test_a_weekday_head_no_longer_read_takes_the_reply(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "DATE_WEEKDAY_HEAD", re.compile("(?!)"))
    assert (published_on(_thread("Mo, 22.10.2001 20:11"), "", URL) or "")[:10] == "2001-10-23"
