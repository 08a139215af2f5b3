"""A label in the node before a date that opens with its weekday ("Datum:" | "Mo, 22.10.2001
20:11", a message header) ranks the date as labelled, like one opening with the date (issue
11, rd8: half AQ's archived groups); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Bank Gebühren für Überweisungsträger verlangt")
URL = "http://groups.example/group/de.soc.geld/msg/3bd3a1"


def _header(day: str) -> str:
    return f"<div class='hdr'><b>Von:</b> Sparfuchs<br><b>Datum:</b> {day}<br><b>Betreff:</b> Gebühren</div>"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("Mo, 22.10.2001 20:11", "2001-10-22"),
        ("Montag, den 22. Oktober 2001", "2001-10-22"),
        ("22.10.2001 20:11", "2001-10-22"),
    ],
)
def test_the_first_messages_labelled_day(day: str, expected: str) -> None:
    # the thread's reply under the first message: its date opens its node after the label
    page = (
        f"<p><b>Gebühren für Überweisungsträger</b></p>{_header(day)}{TEXT}"
        f"{_header('23.10.2001 09:10')}<p>Das ist so.</p>"
    )
    assert (published_on(page, "", URL) or "")[:10] == expected
