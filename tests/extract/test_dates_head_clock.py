"""The article's date where the page also shows other days (issue 11, session 31): the
date line third under the headline (after a teaser and a byline) beats metadata of a
republication or migration; a clock the page shows minutes before the fetch (teletext's
header, a ticker's "Stand") is no date line; an address dated in UTC by a CMS storing UTC
yields to the local day after midnight; TYPO3's bare ``<meta name="date">`` is the page's
last change. Each with the case it leaves alone, on small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("sie ihre Filiale am Marktplatz schließt")
URL = "https://www.anzeiger.example/region/filiale-schliesst-50217"
MIGRATED = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
    '"Bank schließt Filiale", "datePublished": "2018-04-03T09:00:00+02:00"}</script>'
)


def _page(head_lines: list[str]) -> str:
    lines = "".join(f"<p class='line{n}'>{line}</p>" for n, line in enumerate(head_lines))
    return (
        "<header class='masthead'><a href='/'>Anzeiger</a></header>"
        f"<main><article><h1>Bank schließt Filiale</h1>{lines}{TEXT}</article></main>"
    )


@pytest.mark.parametrize(
    ("head_lines", "expected"),
    [
        # the date line third under the headline (teaser, byline, date): the article's day
        (["Die Filiale öffnet nicht wieder.", "Von Ole Beispiel", "16.09.2013"], "2013-09-16"),
        # further down it is some other day: the metadata stays
        (
            [
                "Die Filiale öffnet nicht wieder.",
                "Von Ole Beispiel",
                "Foto: Anzeiger",
                "Bildunterschrift",
                "16.09.2013",
            ],
            "2018-04-03",
        ),
    ],
)
def test_the_date_line_third_under_the_headline(head_lines: list[str], expected: str) -> None:
    assert published_on(_page(head_lines), MIGRATED, URL)[:10] == expected


@pytest.mark.parametrize(
    ("clock", "expected"),
    [
        # a clock minutes before the fetch (FETCHED is 15:00 UTC, 16:00 in Berlin)
        ("TEXT WEST 116 Do 26.11.26 15:58:07", "2022-08-03"),
        # an hour earlier it is a time like any other: the line under the headline
        ("Do 26.11.26 14:50", "2026-11-26"),
    ],
)
def test_a_clock_the_page_shows_is_no_date_line(clock: str, expected: str) -> None:
    """(The clock is passed over for the page's next date line.)"""
    body = (
        f"<main><pre class='tt-header'>{clock}</pre><div class='tt-page'>"
        f"<h1>Bank schließt Filiale</h1>{TEXT}<p class='tt-meta'>Meldung vom 03.08.22 14:05</p>"
        "</div></main>"
    )
    assert published_on(body, "", URL)[:10] == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        # a CMS storing UTC dates its address in UTC too: the day the page shows stands
        ("2024-10-05T22:20:00Z", "2024-10-06T00:20:00+02:00"),
        ("2024-10-05T22:20:00+00:00", "2024-10-06T00:20:00+02:00"),
        # a local time after midnight beside the address: the address names the day
        ("2024-10-06T00:20:00+02:00", "2024-10-05"),
        # the same day in both: as it was
        ("2024-10-05T10:00:00Z", "2024-10-05T12:00:00+02:00"),
    ],
)
def test_an_address_dated_in_utc(published: str, expected: str) -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        f'"Bank schließt Filiale", "datePublished": "{published}"}}</script>'
    )
    url = "https://www.anzeiger.example/wirtschaft/2024/10/05/filiale-schliesst-1466020"
    assert published_on(_page([]), head, url) == expected


@pytest.mark.parametrize(
    ("generator", "expected"),
    [
        # TYPO3 writes the page's last change into a bare <meta name="date">
        ("TYPO3 4.5 CMS", "2003-10-15"),
        # another generator's: as before, the metadata's day
        ("WordPress 6.4", "2011-02-04"),
    ],
)
def test_typo3s_meta_date_is_the_last_change(generator: str, expected: str) -> None:
    # (with its time: a bare day of a page-wide tag yields to the article's markup and line,
    # test_dates_page_wide_stamp.py)
    stamp = "2011-02-04T09:30:00+01:00"
    head = f"<meta name='generator' content='{generator}'><meta name='date' content='{stamp}'>"
    body = (  # (the day after the text, no date markup: no line beats the metadata here)
        "<div id='content'><div class='news-single-item'>"
        f"<h1>Bank schließt Filiale</h1>{TEXT}{TEXT}"
        "<div class='news-single-foot'>Mittwoch, 15. Oktober 2003</div></div></div>"
    )
    assert published_on(body, head, URL)[:10] == expected


def test_a_teletext_pages_own_line_under_its_clock() -> None:
    rows = "".join(f"<span class='row'>{t}</span>" for t in TEXT.split("</p>") if t)
    body = (
        "<div class='teletext'><span class='row'>134 text   Do 26.11.26 15:59:48</span>"
        "<span class='row'>Wirtschaft</span><span class='row'>24.11.26 08:15</span>"
        f"<span class='row'><b>Bank schließt Filiale</b></span>{rows}</div>"
    )
    assert published_on(body, "<title>Text - Seite 134</title>", URL)[:10] == "2026-11-24"


@pytest.mark.parametrize(
    ("layout", "expected"),
    [
        # an old table layout (no <article>, no <main>): its headline's date line still
        # beats a migration's metadata
        (
            "<table><tr><td><b>Bank schließt Filiale</b><br>Von Ole Beispiel<br>"
            "16.09.2013</td></tr><tr><td>{text}</td></tr></table>",
            "2013-09-16",
        ),
        # a sidebar's name and its founding day under it: no headline over a text
        (
            "<table><tr><td>{text}</td><td><b>Bank schließt Filiale</b><br>Die Gruppe"
            "<br>Erstellt am 16.09.2013</td></tr></table>",
            "2018-04-03",
        ),
    ],
)
def test_a_table_layouts_headline_date_line(layout: str, expected: str) -> None:
    head = "<title>Bank schließt Filiale</title><meta name='date' content='2018-04-03'>"
    body = layout.format(text=TEXT)
    assert published_on(body, head, URL)[:10] == expected
