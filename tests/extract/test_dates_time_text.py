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
