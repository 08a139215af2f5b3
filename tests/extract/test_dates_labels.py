"""Dates from the kinds of C's and D's misses (issue 11): labels that make a date line another
day's (the change, an appointment, today), the Wayback toolbar, a month in the address; each
rule with the case it covers and the case it must leave alone, on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = (
    "<p>Die Volksbank Musterstadt erklärt im Absatz, warum sie jetzt auf Instagram und "
    "LinkedIn setzt und was Kundinnen und Kunden davon haben sollen.</p>"
)
URL = "https://www.gemeinde-musterstadt.example/rathaus/aktuelles/bank-auf-instagram.php"


def published(body: str, head: str = "", url: str = URL) -> str | None:
    found = extract(page_with(body, head), url, fetched_at=FETCHED)["published"]
    return found[:10] if found else None


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # the nouns of the change: the footer's day is not the publication's
        ("Letzte Änderung:", "2026-01-20"),
        ("Letzte Aktualisierung:", "2026-01-20"),
        ("Änderungsdatum", "2026-01-20"),
        # a line without such a word is a date line as before (the nearer one wins)
        ("Datum:", "2026-01-26"),
    ],
)
def test_a_line_naming_the_change_is_not_the_publication(label: str, expected: str) -> None:
    body = (
        f"<div id='inhalt'><h1>Bank auf Instagram</h1>{TEXT}"
        f"<p class='pubinfo'>{label} 26.01.2026</p><p>20.01.2026</p></div>"
    )
    assert published(body) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an appointment or a deadline the page announces, above the publication line
        ("Termin: Samstag, 16. Oktober 2026, 18:00 Uhr, Bürgersaal", "2026-10-04"),
        ("Anmeldeschluss: 30.09.2026", "2026-10-04"),
        ("Wann: 16.10.2026, 18 Uhr", "2026-10-04"),
        # a date line without such a label is the nearest, as before
        ("Freitag, 02.10.2026", "2026-10-02"),
    ],
)
def test_an_appointments_day_is_not_the_publication(line: str, expected: str) -> None:
    body = (
        f"<div id='inhalt'><h1>Bank auf Instagram</h1><p>{line}</p>{TEXT}"
        "<p>Veröffentlicht am 04.10.2026 | Letzte Änderung: 10.10.2026</p></div>"
    )
    assert published(body) == expected


@pytest.mark.parametrize(
    ("toolbar", "line"),
    [
        # a reader toolbar's today, as date markup above the headline or as a line under it
        ("<span class='reader-date'>Heute: 25.11.2026</span>", ""),
        ("", "<p>Heute ist Mittwoch, 25. November 2026</p>"),
    ],
)
def test_todays_date_in_a_toolbar_is_not_the_article(toolbar: str, line: str) -> None:
    body = (
        f"<header class='reader-toolbar'>{toolbar}</header><main><article><h1>Bank auf "
        f"Instagram</h1>{line}<div class='issue'>Ausgabe vom Samstag, 3. August 2024 · Seite "
        f"11</div>{TEXT}</article></main>"
    )
    assert published(body) == "2024-08-03"


def test_a_relative_today_is_still_read() -> None:
    """ "heute, 14:05 Uhr" is a time today (relative to the fetch), not a toolbar's today."""
    date = "<span class='date'>heute, 14:05 Uhr</span>"
    body = f"<article><h1>Bank auf Instagram</h1>{date}{TEXT}</article>"
    assert published(body) == "2026-11-26"


WAYBACK = "https://web.archive.org/web/20130412090000/http://bankblog.blogspot.com/{}a.html"


@pytest.mark.parametrize(
    ("toolbar_id", "expected"),
    [
        # the Wayback toolbar's capture time is not the post's date line
        ("wm-ipp", "2012-03-03"),
        # another part above the post with a date is read as before
        ("kopfzeile", "2013-04-12"),
    ],
)
def test_the_wayback_toolbar_is_not_the_page(toolbar_id: str, expected: str) -> None:
    body = (
        f"<div id='{toolbar_id}-base'><div id='{toolbar_id}'><span>12.04.2013 09:00</span>"
        "</div></div><div id='outer'><h1>bankblog</h1><div class='widget Blog'><h2 "
        "class='date-header'>Samstag, 3. März 2012</h2><div class='post'><h3>Bank auf "
        f"Instagram</h3>{TEXT}</div></div></div>"
    )
    assert published(body, url=WAYBACK.format("")) == expected


def _month_page() -> str:
    return (
        f"<article><h1>Bank auf Instagram</h1><p>Ein Beitrag vom 12.04.2025</p>{TEXT}"
        f"<p>Samstag, 3. März 2012</p></article>"
    )


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # the address names the month: the date line in it, not a nearer one of another month
        ("/2012/03/bank-auf-instagram.html", "2012-03-03"),
        # no month in the address, or none of the lines in it: the nearest line as before
        ("/blog/bank-auf-instagram.html", "2025-04-12"),
        ("/2014/07/bank-auf-instagram.html", "2025-04-12"),
    ],
)
def test_a_month_in_the_address(path: str, expected: str) -> None:
    assert published(_month_page(), url=f"https://bankblog.example{path}") == expected
