"""A month-first date with an apostrophe's two-digit year ("Aug 23, '07 3:41 PM for everyone"
under a hosted blog's entry title, a review host's "Jun 21 '05") is a date form: read as that
day, in this century or the last where this one would be after the fetch, before the replies'
days under the text (issue 11, rd23's date round); small pages written for the test."""

from __future__ import annotations

from datetime import datetime

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.datetext import parse_german_date

TEXT = paragraphs("Geld ins Ausland überwiesen wird")
URL = "http://weltgeld.hosted-journal.example/journal/item/34"
REPLIES = (
    "<div class='replies'><h3>2 Replies</h3><p>kalle_aus_kiel</p><p>wrote on Sep 16, 2007:</p>"
    "<p>Sehr hilfreich, danke!</p></div>"
)


def _entry(line: str) -> str:
    return (
        f"<div class='entry'><h2>Geld nach Hause schicken, Teil 2</h2><p>{line}</p>"
        f"{TEXT}</div>{REPLIES}"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sep 14, '07 11:05 AM for everyone", "2007-09-14"),
        ("Sep 14 ’07", "2007-09-14"),
        ("Sept. 14th, '07", "2007-09-14"),
    ],
)
def test_a_month_first_date_with_an_apostrophe_year_is_a_date_line(
    line: str, expected: str
) -> None:
    assert (published_on(_entry(line), "", URL) or "")[:10] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jun 21 '05", "2005-06-21"),
        # after the fetch year in this century: the last one
        ("Nov 3, '99", "1999-11-03"),
        ("Posted Aug 23, '07 3:41 PM", "2007-08-23"),
    ],
)
def test_the_apostrophe_year_s_century(text: str, expected: str) -> None:
    assert parse_german_date(text, datetime(2026, 12, 1)) == expected


@pytest.mark.parametrize("text", ["Rock 'n' Roll im Mai", "Jahrgang '07", "Sep 14 07"])
def test_no_apostrophe_date_without_month_and_apostrophe(text: str) -> None:
    assert parse_german_date(text, datetime(2026, 12, 1)) is None
