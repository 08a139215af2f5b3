"""A dashed day with the month's name and a two-digit year ("21-Jun-05", "03-Mär-07 14:32", an
old script's or a mail archive's default form) is read day first, the year of this century
or the last (issue 11; data/dashedmonth ``DATE_DASHED_MONTH_SHORT_YEAR``); small pages
written for the test."""

from __future__ import annotations

from datetime import datetime

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.datetext import parse_german_date

TEXT = paragraphs("die Überweisung per Formular teurer wird")
URL = "http://www.kassenblatt.example/cgi-bin/news.pl?id=418"
FETCHED = datetime(2026, 11, 28, 12, 0)


@pytest.mark.parametrize(
    ("shown", "day"),
    [
        ("21-Jun-05", "2005-06-21"),
        ("03-Mär-07 14:32", "2007-03-03"),
        ("9-Oct-98", "1998-10-09"),
    ],
)
def test_dashed_month_line(shown: str, day: str) -> None:
    body = f"<h1>Formular-Überweisung wird teurer</h1><p class='stamp'>{shown}</p>{TEXT}"
    found = published_on(body, "", URL)
    assert found is not None
    assert found[:10] == day


@pytest.mark.parametrize("token", ["ref-21-Jun-05", "21-Jun-05-b", "A21-Jun-05"])
def test_inside_a_longer_token_no_date(token: str) -> None:
    # guard: a file's or a reference's name holding the form is no date
    assert parse_german_date(token, FETCHED) is None


@pytest.mark.parametrize(
    ("shown", "day"),
    [
        # an Australian board's stamp: year, month's short name, day (session 44, en_ah)
        ("posted 2025-Nov-20, 10:45 pm AEDT", "2025-11-20"),
        ("2019-Mar-04", "2019-03-04"),
        # a dictionary forum's post stamp: spaced, the month dotted, a time after the year
        # (session 44, dates_bs)
        ("12 Mär. 09, 14:05", "2009-03-12"),
        ("3. Okt. 08, 09:12", "2008-10-03"),
    ],
)
def test_other_month_name_forms(shown: str, day: str) -> None:
    found = parse_german_date(shown, FETCHED)
    assert found is not None
    assert found[:10] == day


def test_an_unknown_month_word_is_no_date() -> None:
    assert parse_german_date("2025-Foo-20", FETCHED) is None


@pytest.mark.parametrize("text", ["12 März 09:30", "Seite 12 Mär. 09", "12 Mär. 09"])
def test_spaced_forms_without_their_time_are_no_date(text: str) -> None:
    # guard: a time right after the month, or no time after the year, names no year
    assert parse_german_date(text, FETCHED) is None


def test_weekday_day_month_short_year_and_time() -> None:
    # a conferencing system's response header (Picospan; session 44, read on en_ah)
    line = "#1 of 66: Fenella Beispiel (fbeisp) Mon 14 May 01 21:10"
    found = parse_german_date(line, FETCHED)
    assert found is not None
    assert found[:10] == "2001-05-14"
    body = f"<h1>Paying off the card</h1><p><tt><b>{line}</b></tt></p>{TEXT}"
    shown = published_on(body, "", URL)
    assert shown is not None
    assert shown[:10] == "2001-05-14"


@pytest.mark.parametrize("text", ["Mon 14 May 01", "14 May 01 21:10"])
def test_weekday_form_needs_weekday_and_time(text: str) -> None:
    assert parse_german_date(text, FETCHED) is None
