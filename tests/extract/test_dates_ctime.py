"""C's ``ctime`` form ("Tue Oct 19 21:04:11 CEST 1999"): the date line of mailing list
archives (Pipermail, Hypermail) and Java's ``Date.toString()`` in the metadata of Java-built
sites; small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.datetext import parse_date, parse_german_date

TEXT = paragraphs("die Filiale im Netz neu gestaltet wurde")
URL = "http://lists.sparerkreis.example/pipermail/geld/1999-October/000413.html"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Tue Oct 19 21:04:11 CEST 1999", "1999-10-19"),
        ("Mon Jun 3 08:47:30 2002", "2002-06-03"),
        ("Tue Nov 16 22:15:22 EST 2004", "2004-11-16"),
    ],
)
def test_a_ctime_line_under_the_headline_is_the_date(line: str, day: str) -> None:
    body = (
        f"<h1>Internet-Filiale der Volksbank</h1><b>Detlef Husemann</b><br><i>{line}</i>"
        f"<ul><li>Vorherige Nachricht: <a href='000412.html'>Kontoauszüge</a></li></ul><hr>{TEXT}"
    )
    assert (published_on(body, "", URL) or "")[:10] == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German zone words and none: German local time, as printed (seconds kept)
        ("Tue Oct 19 21:04:11 CEST 1999", "1999-10-19T21:04:11+02:00"),
        ("Mon Jun  3 08:47 2002", "2002-06-03T08:47:00+02:00"),
        # a known zone word is the time's zone (a UTC time as a German reader sees it)
        ("Tue Nov 16 22:15:22 EST 2004", "2004-11-16T22:15:22-05:00"),
        ("Fri Dec 31 23:59:59 UTC 2004", "2005-01-01T00:59:59+01:00"),
    ],
)
def test_the_printed_clock_and_zone(text: str, expected: str) -> None:
    assert parse_german_date(text) == expected


def test_java_date_string_in_metadata() -> None:
    head = (
        "<title>Sparkasse startet Kanal</title>"
        "<meta property='article:published_time' content='Thu Apr 16 08:12:45 CEST 2026'>"
    )
    body = f"<h1>Sparkasse startet Kanal</h1>{TEXT}"
    assert published_on(body, head, "https://www.bank.example/presse/kanal") == (
        "2026-04-16T08:12:45+02:00"
    )
    assert parse_date("Thu Apr 16 08:12:45 CEST 2026") == "2026-04-16T08:12:45+02:00"


@pytest.mark.parametrize("text", ["Oct 19 21:04 Uhr im Saal 1999", "Tue Okt 19 21:04:11 1999"])
def test_other_texts_are_no_ctime(text: str) -> None:
    assert parse_german_date(text) is None
