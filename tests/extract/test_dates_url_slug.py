"""A full day between the words of the address's last segment ("pm_20030519.html",
"bericht_vom_22.04.2020_worauf", "2018_02_09_facebook") is the address's day (issue 11: rd12,
from the read sets' addresses); addresses written for the test."""

from __future__ import annotations

import pytest

from newsarchive.extract import data
from newsarchive.extract.dates import url_date


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://bank.example/de/presse/2003/pm_20030519.html", "2003-05-19"),
        ("https://blog.example/artikel/bericht_vom_22.04.2020_neues_konto", "2020-04-22"),
        ("https://blog.example/beitrag/2018_02_09_facebook-kanal.htm", "2018-02-09"),
        ("https://kiosk.example/i/bote/sparkasse/bnl-bote-20250314-486", "2025-03-14"),
    ],
)
def test_the_slug_names_the_day(url: str, day: str) -> None:
    assert url_date(url) == day


@pytest.mark.parametrize(
    "url",
    [
        "https://zeitung.example/wirtschaft/article19131407/banken.html",
        "https://magazin.example/strategie/filialnetz-2030-6012",
        "https://bank.example/2019-07/pm_20191345.html",
    ],
)
def test_no_day_in_numbers(url: str) -> None:
    assert url_date(url) is None


def test_switched_off_no_slug_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "URL_DATE_SLUG_FORMS", ())
    assert url_date("https://bank.example/de/presse/2003/pm_20030519.html") is None
