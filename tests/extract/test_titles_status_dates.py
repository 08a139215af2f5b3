"""A status page's incident headline printed with its start, spelled out with the weekday
(Cachet's ``<h1>Headline <small>Saturday 1st March 2025 13:20:00</small></h1>``): the
headline without it (``TITLE_DATE_TRAILING``). A day the headline governs by a preposition
("Warnstreik am Dienstag, 3. September 2024") stays. Issue 11, session 59: 2 read judges'
titles up (en_dh, en_di), none down, dev unchanged. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted

from newsarchive.extract.titledates import without_date

URL = "https://status.wattleridge-bank.example/incidents/42"
TEXT = "".join(
    f"<p>Update {n}: we are investigating an issue affecting card payments and transfers "
    "for some customers. We will post another update within thirty minutes.</p>"
    for n in range(1, 4)
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Saturday 1st March 2025 13:20:00",
        "Tuesday 3rd September 2024 00:40 AEST",
        "Montag, 2. Juni 2025 08:15 Uhr",
    ],
)
def test_the_incident_s_start_leaves_the_headline(stamp: str) -> None:
    head = "<title>Card payments unavailable | Wattleridge Status</title>"
    article = f"<h1>Card payments unavailable <small>{stamp}</small></h1>{TEXT}"
    assert extracted(article, URL, head)["title"] == "Card payments unavailable"


@pytest.mark.parametrize(
    "title",
    [
        "Warnstreik am Dienstag, 3. September 2024",
        "Branch closed until Monday 2nd June 2025",
        "Was am Montag, 3. März 2025 geschah",
    ],
)
def test_a_day_the_headline_governs_stays(title: str) -> None:
    assert without_date(title) == ""
