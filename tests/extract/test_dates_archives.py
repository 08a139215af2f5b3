"""Dates on archived and reader pages (issue 11: dates_c's and half I's misses, by kind):
hAtom's ``abbr`` dates, Wayback Machine copies, ePaper "Heute:" bars, pages showing only
their update; each rule with the case it covers and a case it must leave alone, on small
pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs, published_on

from newsarchive.extract import extract

TEXT = paragraphs("ihr Blog jetzt auch auf Instagram erscheint")
URL = "https://blog.example/2012/03/filialen.html"


def published(body: str, head: str = "", url: str = URL) -> str | None:
    return published_on(body, head, url)


def _hatom(abbr: str) -> str:
    return (
        "<div class='blog-posts hfeed'><div class='post hentry'>"
        "<h1 class='entry-title'>Neue Filialen</h1>"
        f"<div class='entry-content'>{TEXT}</div><div class='post-footer'>Eingestellt von "
        f"<span class='fn'>Anna Berger</span> um {abbr}</div></div></div>"
    )


@pytest.mark.parametrize(
    ("abbr", "expected"),
    [
        (
            '<abbr class="published" title="2012-03-03T23:10:00+01:00">23:10</abbr>',
            "2012-03-03T23:10:00+01:00",
        ),
        (
            '<abbr class="published updated" title="2012-03-03T22:10:00Z">23:10</abbr>',
            "2012-03-03T23:10:00+01:00",
        ),
        # an abbr whose title is no date gives none
        ('<abbr class="time" title="Mitteleuropäische Zeit">MEZ</abbr>', None),
    ],
)
def test_the_abbr_design_pattern_gives_its_date_in_the_title(
    abbr: str, expected: str | None
) -> None:
    assert published(_hatom(abbr), url="https://blog.example/filialen.html") == expected


def test_one_hatom_entry_holds_its_date_in_a_widget_and_footer() -> None:
    abbr = '<abbr class="published" title="2012-03-03T23:10:00+01:00">23:10</abbr>'
    blog = f"<div class='widget Blog' id='Blog1'>{_hatom(abbr)}</div>"
    assert published(blog, url="https://blog.example/f.html") == "2012-03-03T23:10:00+01:00"
    # two entries are a list of posts: a footer's date there is not the page's
    second = _hatom(abbr.replace("2012-03-03T23:10", "2012-02-01T10:00"))
    found = published(f"<div class='widget Blog'>{_hatom(abbr)}{second}</div>", url=URL)
    assert found != "2012-03-03T23:10:00+01:00"


ORIGINAL = "http://www.kasse.example/aktuelles/filialen.html"
TOOLBAR = (
    "<div id='wm-ipp-base' lang='en'><div id='wm-ipp'><span class='wm-capture'>"
    "12.04.2012 09:00</span> <a href='#'>47 captures</a></div></div>"
)


def _archived(line: str, head: str = "") -> bytes:
    return page_with(f"{TOOLBAR}<div id='content'><h1>Neue Filialen</h1>{line}{TEXT}</div>", head)


@pytest.mark.parametrize(
    ("capture", "line", "expected"),
    [
        # the toolbar's capture time is not the page's date line
        ("20120412090000", "<p class='meta'>Samstag, 3. März 2012</p>", "2012-03-03"),
        ("20120412090000", "", None),
        # the day in the archived address is the original's, not the capture's eight digits
        ("20120412", "", None),
    ],
)
def test_a_wayback_copys_capture_is_not_its_date(
    capture: str, line: str, expected: str | None
) -> None:
    url = f"https://web.archive.org/web/{capture}/{ORIGINAL}"
    assert extract(_archived(line), url, fetched_at=FETCHED)["published"] == expected


def test_a_wayback_copy_is_published_by_its_capture() -> None:
    original = "http://www.kasse.example/2012/03/03/filialen/"
    url = f"https://web.archive.org/web/20120412090000id_/{original}"
    assert extract(_archived(""), url, fetched_at=FETCHED)["published"] == "2012-03-03"
    # metadata dated after the capture (a CMS's later export) is not the publication
    head = "<meta property='article:published_time' content='2014-06-01T10:00:00+02:00'>"
    line = "<p class='meta'>Samstag, 3. März 2012</p>"
    url = f"https://web.archive.org/web/20120412090000/{ORIGINAL}"
    assert extract(_archived(line, head), url, fetched_at=FETCHED)["published"] == "2012-03-03"


@pytest.mark.parametrize(
    ("bar", "expected"),
    [
        ("<span class='reader-date'>Heute: 04.07.2022</span>", "2020-08-03"),
        ("<p>Heute ist Montag, 4. Juli 2022</p>", "2020-08-03"),
        ("<span class='today'>Today: July 4, 2022</span>", "2020-08-03"),
        # a relative "heute, 14:05 Uhr" is no reader's label, but the line just
        # under the headline replaces the markup's day so far from it (rdates7)
        ("<span class='date'>heute, 14:05 Uhr</span>", "2020-08-03"),
    ],
)
def test_the_readers_day_is_not_the_publication(bar: str, expected: str) -> None:
    body = (
        f"<header class='reader-toolbar'><span class='brand'>Kreisbote ePaper</span> {bar}"
        "</header><main><article><h1>Neue Filialen</h1><div class='issue'>Ausgabe vom Montag, "
        f"3. August 2020 · Seite 11</div>{TEXT}</article></main>"
    )
    found = published(body, url="https://epaper.example/titles/kb/1/articles/2/")
    assert (found or "")[:10] == expected
