"""A numeric date with dashes and the year last is a date form (issue 11, rd27's date round):
day first ("geschrieben am 06-10-2009, 19:40 in Verein", a German blog theme) unless a
12-hour clock tells the US order (vBulletin's "04-16-2009, 10:22 AM", UBB's "posted
05-23-2001 10:40 PM"); small pages written for the test."""

from __future__ import annotations

from datetime import datetime

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.datetext import parse_german_date

TEXT = paragraphs("das alte TAN-Verfahren endet")
URL = "http://www.modellflieger-seetal.example/blog/index.php?id=87"


def _post(line: str) -> str:
    return f"<div class='post'><h2>Neues TAN-Verfahren bei der Bank</h2><p>{line}</p>{TEXT}</div>"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("geschrieben am 06-10-2009, 19:40 in Verein", "2009-10-06"),
        ("04-16-2009, 10:22 AM", "2009-04-16"),
        ("posted 05-08-2001 10:40 PM", "2001-05-08"),
    ],
)
def test_a_dashed_date_line(line: str, expected: str) -> None:
    assert (published_on(_post(line), "", URL) or "")[:10] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06-10-2009, 19:40", "2009-10-06T19:40:00+02:00"),
        ("21-09-2010", "2010-09-21"),
        ("09-21-2010 um 08:15", "2010-09-21T08:15:00+02:00"),
        ("11-02-2005, 9:40 pm", "2005-11-02"),
        ("16-03-2010 09:40 AM", "2010-03-16"),
    ],
)
def test_the_dashed_order(text: str, expected: str) -> None:
    assert parse_german_date(text, datetime(2026, 12, 1)) == expected


@pytest.mark.parametrize("text", ["ISBN 3-12-2009-4", "Tel. 0-12-2009", "31-31-2009", "1-2-34"])
def test_no_dashed_date_in_other_numbers(text: str) -> None:
    assert parse_german_date(text, datetime(2026, 12, 1)) is None
