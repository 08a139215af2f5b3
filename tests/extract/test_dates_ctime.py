"""A mailing list archive's message prints its day in C's ``ctime`` form ("Tue Oct 19 21:04:11
CEST 1999", Pipermail, Hypermail): a date line, read as printed; small pages written for the
test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.datetext import parse_german_date

TEXT = paragraphs("die Filiale im Netz neu gestaltet wurde")
URL = "http://lists.sparerkreis.example/pipermail/geld/1999-October/000413.html"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Tue Oct 19 21:04:11 CEST 1999", "1999-10-19"),
        ("Mon Jun 3 08:47:30 2002", "2002-06-03"),
        ("Fri Dec 31 23:59:59 UTC 2004", "2004-12-31"),
    ],
)
def test_a_ctime_line_under_the_headline_is_the_date(line: str, day: str) -> None:
    body = (
        f"<h1>Internet-Filiale der Volksbank</h1><b>Detlef Husemann</b><br><i>{line}</i>"
        f"<ul><li>Vorherige Nachricht: <a href='000412.html'>Kontoauszüge</a></li></ul><hr>{TEXT}"
    )
    assert (published_on(body, "", URL) or "")[:10] == day


def test_the_printed_clock_is_kept() -> None:
    assert parse_german_date("Tue Oct 19 21:04:11 CEST 1999") == "1999-10-19T21:04:00+02:00"


@pytest.mark.parametrize("text", ["Oct 19 21:04 Uhr im Saal 1999", "Tue Okt 19 21:04:11 1999"])
def test_other_texts_are_no_ctime(text: str) -> None:
    assert parse_german_date(text) is None
