"""A digitised newspaper text dated by its print edition: the archive's metadata carries
the upload ("article:published_time" years later), a line under the headline names the
edition ("Ausgabe vom Mittwoch, 2. Januar 2002, Seite 9"; :mod:`~newsarchive.extract.
printedition`; kind read on blind dates_ci, session 35, issue 11). Small invented pages;
an edition a day after the web text, and today's e-paper teaser, date nothing."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract
from newsarchive.extract.printedition import edition_day

URL = "https://www.weserland-bote.example/archiv/artikel/euro-bargeld-erste-tage.html"


def published(line: str, stamp: str | None = "2016-05-02T04:13:07+02:00") -> str | None:
    """The day of an invented archive page showing ``line`` under its headline."""
    head = "<title>Die ersten Tage mit dem Euro</title>"
    if stamp:
        head += f"<meta property='article:published_time' content='{stamp}'>"
    html = article_page(
        head=head,
        top=f"<h1>Die ersten Tage mit dem Euro</h1><p class='byline'>Von Gisela Hartmann</p>"
        f"<p class='edition'>{line}</p>",
    )
    day = extract(html, URL, fetched_at=FETCHED)["published"]
    return day[:10] if day else None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Weserbote, Ausgabe vom Mittwoch, 2. Januar 2002, Seite 9", "2002-01-02"),
        ("Erschienen in der Printausgabe vom Freitag, 11. Oktober 2013", "2013-10-11"),
        ("Ausgabe vom 01.10.1959", "1959-10-01"),
    ],
)
def test_the_edition_dates_a_digitised_text(line: str, day: str) -> None:
    assert published(line) == day


def test_the_edition_dates_an_undated_page() -> None:
    assert published("Ausgabe vom Mittwoch, 2. Januar 2002", stamp=None) == "2002-01-02"


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        # print follows the web text by a day: the page's own day stays
        ("Printausgabe vom 15.07.2004, Seite 21.", "2004-07-14T18:00:00+02:00"),
        # today's e-paper teaser names no day of the text
        ("Ausgabe vom 25.11.2026 als E-Paper lesen", None),
        ("Ausgabe vom 25.11.2026 als E-Paper lesen", "2019-03-01"),
        # no edition
        ("Stand vom 2. Januar 2002", "2016-05-02"),
    ],
)
def test_a_near_edition_dates_nothing(line: str, stamp: str | None) -> None:
    assert edition_day([(line, False)], stamp, FETCHED) is None
