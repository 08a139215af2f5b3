"""A ``<time>`` element whose ``datetime`` is a migration's stamp while its text shows the
original day (``<time datetime="2021-06-17T11:02:44+02:00">14.03.2012, 17:40 Uhr</time>``,
the metadata stamped alike): the shown day (:mod:`~newsarchive.extract.timetext`; kind read
on blind dates_cj, session 35, issue 11). Small invented pages; a text a day apart, an
ambiguous slashed date, a relative text and a change's label keep the stamp's day."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page
from lxml import html as lxml_html

from newsarchive.extract import extract
from newsarchive.extract.timetext import shown_time_day

URL = "https://www.rheintal-blatt.example/wirtschaft/volksbank-schliesst-filialen-id118.html"
STAMP = "2021-06-17T11:02:44+02:00"


def published(shown: str, stamp: str = STAMP) -> str | None:
    """The day of an invented page whose ``<time>`` (and metadata) carry ``stamp``."""
    html = article_page(
        head=f"<title>Volksbank schließt Filialen</title>"
        f"<meta property='article:published_time' content='{stamp}'>",
        top=f"<header><h1>Volksbank schließt Filialen</h1><p class='teaser'>Die Bank reagiert "
        "auf sinkende Kundenzahlen am Schalter.</p><div class='meta'><span class='author'>Von "
        "<a href='/autoren/sabine-wetter'>Sabine Wetter</a></span> "
        f"<time class='date' datetime='{stamp}'>{shown}</time></div></header>",
    )
    day = extract(html, URL, fetched_at=FETCHED)["published"]
    return day[:10] if day else None


@pytest.mark.parametrize(
    ("shown", "day"),
    [
        ("14.03.2012, 17:40 Uhr", "2012-03-14"),
        ("22. September 2008", "2008-09-22"),
        ("Veröffentlicht: 22. Februar 2007", "2007-02-22"),
        ("12.11.04", "2004-11-12"),
    ],
)
def test_the_shown_day_wins_over_the_stamp(shown: str, day: str) -> None:
    assert published(shown) == day


@pytest.mark.parametrize(
    "shown",
    [
        "04/03/2012",  # slashed: day or month first by the site's country
        "vor 3 Stunden",
        "Aktualisiert: 14.03.2012",
    ],
)
def test_the_stamp_s_day_stays(shown: str) -> None:
    assert published(shown) == "2021-06-17"


def test_a_day_apart_is_no_disagreement() -> None:
    tree = lxml_html.fromstring(
        f"<html><body><time datetime='{STAMP}'>18.06.2021</time></body></html>"
    )
    assert shown_time_day(tree, STAMP, FETCHED) is None


@pytest.mark.parametrize(
    ("stamp", "shown", "day"),
    [
        # a UTC value shown on the site's own day, a zone ahead (session 39, en_ay)
        ("2026-12-03T18:45:00Z", "Friday 4 December 2026 — 5:45am AEDT", "2026-12-04"),
        ("2026-12-03T18:45:00+00:00", "4. Dezember 2026, 5:45 Uhr", "2026-12-04"),
        # a value with its zone a day apart from the text stays no disagreement
        ("2026-12-03T18:45:00+01:00", "4. Dezember 2026", None),
    ],
)
def test_a_utc_value_shown_a_day_apart_is_the_sites_day(
    stamp: str, shown: str, day: str | None
) -> None:
    tree = lxml_html.fromstring(
        f"<html><body><time datetime='{stamp}'>{shown}</time></body></html>"
    )
    got = shown_time_day(tree, stamp, FETCHED)
    assert (got[:10] if got else None) == day


def test_a_utc_values_own_day_as_text_is_no_zone() -> None:
    # "2025-10-09T22:15:00Z" is 10 October in Germany; an "updated" element printing the UTC
    # day keeps the German day
    stamp = "2025-10-09T22:15:00Z"
    tree = lxml_html.fromstring(
        f"<html><body><time class='entry-date published' datetime='{stamp}'>10. Oktober 2025"
        f"</time><time class='updated' datetime='{stamp}'>2025-10-09</time></body></html>"
    )
    assert shown_time_day(tree, "2025-10-10T00:15:00+02:00", FETCHED) is None


def test_a_comments_time_is_no_shown_day() -> None:
    """A reader's comment whose ``<time>`` value falls on the publication's day while its
    text shows the next ("January 19, 2026 at 7:02 am" over a theme's UTC noon): the
    comment's time, not the post's (session 47, read on en_bh)."""
    stamp = "2026-01-18T18:05:33+00:00"
    tree = lxml_html.fromstring(
        "<html><body class='single showing-comments'><article><h1>Three banks</h1>"
        "<ol class='comment-list'><li class='comment'><div class='comment-metadata'><time "
        "datetime='2026-01-18T12:00:00+00:00'>January 19, 2026 at 7:02 am</time></div>"
        "</li></ol></article></body></html>"
    )
    assert shown_time_day(tree, stamp, FETCHED) is None
