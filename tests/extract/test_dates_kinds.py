"""Dates on kinds of pages issue 11 names (each rule: the case it covers and the case it must
leave alone), on small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

TEXT = (
    "<p>Die Volksbank Musterstadt erklärt im Absatz, warum sie jetzt auf Instagram und "
    "LinkedIn setzt und was Kundinnen und Kunden davon haben sollen.</p>"
)
MORE = (
    "<div class='news-list-view'><div class='article'><div class='news-list-date'>"
    "<time datetime='2026-11-20'>20.11.2026</time></div><h3>Neue Filiale</h3></div></div>"
)


URL = "https://www.bank.example/news/a"


def published(body: str, head: str = "", url: str = URL) -> str | None:
    return published_on(body, head, url)


def _news(itemtype: str) -> str:
    return (
        f"<h1>Aktuelles</h1><div class='news-single'><div class='article' itemscope "
        f"itemtype='http://schema.org/{itemtype}'><h3 itemprop='headline'>Bank auf Instagram</h3>"
        "<div class='footer'><time itemprop='datePublished' datetime='2026-10-02'>02.10.2026"
        f"</time></div><div itemprop='articleBody'>{TEXT}</div></div></div>"
    )


@pytest.mark.parametrize(
    ("itemtype", "expected"),
    [
        # an article item's own "footer" holds its date (Typo3 tx_news): the item's date,
        # not the next news in the list below
        ("Article", "2026-10-02"),
        ("NewsArticle", "2026-10-02"),
        # a comment's footer is a comment's: passed over as before
        ("Comment", "2026-11-20"),
    ],
)
def test_an_article_items_own_parts_hold_its_date(itemtype: str, expected: str) -> None:
    assert published(_news(itemtype) + MORE) == expected


def test_an_article_item_in_a_teaser_list_is_still_a_teaser() -> None:
    teaser = (
        "<div class='teaser'><div itemscope itemtype='https://schema.org/Article'>"
        "<time itemprop='datePublished' datetime='2026-11-21'>21.11.2026</time></div></div>"
    )
    body = f"{teaser}<article><h1>Bank</h1><p class='date'>02.10.2026</p>{TEXT}</article>"
    assert published(body) == "2026-10-02"


SIDE = (
    "<div class='col-side'><ul><li><span class='date'>20.11.2026</span> Neue Filiale</li>"
    "</ul></div>"
)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # a press release's dateline: place, day, dash
        ("Eisenach, 2. Oktober 2026 – Die Sparkasse", "2026-10-02"),
        ("Frankfurt am Main, 02.10.2026 - Die Sparkasse", "2026-10-02"),
        ("Halle (Saale), 2. Oktober 2026 – Die Sparkasse", "2026-10-02"),
        # a sentence naming a day is no dateline: the other date stays
        ("Die Sparkasse hat am 2. Oktober 2026 – nach langem Zögern", "2026-11-20"),
        ("Wie sie mitteilt, hat sie am 2. Oktober 2026 – endlich", "2026-11-20"),
    ],
)
def test_a_press_dateline_after_the_place(opening: str, expected: str) -> None:
    release = f"<h1>Bank auf Instagram</h1><p>{opening} startet auf Instagram.</p>{TEXT}"
    assert published(f"<main><article>{release}</article></main>{SIDE}") == expected


OG = (
    "<meta property='article:published_time' content='2026-09-30T22:15:00+00:00'>"
    "<meta property='article:modified_time' content='2026-10-06T09:00:00+02:00'>"
)


@pytest.mark.parametrize(
    ("time_class", "expected"),
    [
        # the theme prints only the modification day: the metadata's publication stays
        ("entry-date updated", "2026-10-01"),
        # a publication date line on another day than the metadata: the line, as before
        ("entry-date published", "2026-10-06"),
    ],
)
def test_a_date_line_showing_the_modification_day(time_class: str, expected: str) -> None:
    line = f"<p><time class='{time_class}' datetime='2026-10-06T09:00:00+02:00'>6. Oktober 2026"
    body = f"<main><article><h1>Bank auf Instagram</h1>{line}</time></p>{TEXT}</article></main>"
    found = published(body, OG)
    assert found is not None
    assert found[:10] == expected


def _event(start: str, where: str = "ld") -> tuple[str, str]:
    """An event page: the event's day in the facts under the headline, published below."""
    head = (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", "@type": '
        f'"Event", "name": "Digitalforum", "startDate": "{start}T18:00:00+01:00"}}</script>'
        if where == "ld"
        else ""
    )
    item = (
        f"<div itemscope itemtype='https://schema.org/Event'><meta itemprop='startDate' "
        f"content='{start}T18:00'></div>"
        if where == "microdata"
        else ""
    )
    body = (
        f"<main><h1>Digitalforum der Volksbank</h1>{item}<div class='event-date'>"
        "<span>Datum: Freitag, 27.11.2026</span></div><ul><li>Datum: 27.11.2026</li></ul>"
        f"{TEXT}<p class='published'>Veröffentlicht am 02.11.2026</p></main>"
    )
    return body, head


@pytest.mark.parametrize(
    ("start", "where", "expected"),
    [
        # the event's day (JSON-LD or microdata startDate) is not the publication
        ("2026-11-27", "ld", "2026-11-02"),
        ("2026-11-27", "microdata", "2026-11-02"),
        # no event, or an event on another day: the line labelled as the publication still
        # comes before the nearer "Datum:" (rdates9; before it, the nearer line won)
        ("2026-11-27", "none", "2026-11-02"),
        ("2026-12-15", "ld", "2026-11-02"),
    ],
)
def test_an_events_day_is_not_the_publication(start: str, where: str, expected: str) -> None:
    body, head = _event(start, where)
    found = published(body, head)
    assert found is not None
    assert found[:10] == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # an eight-digit day folder names the day over a newer date on the page
        ("/nachrichten/20260803/bank-auf-instagram.html", "2026-08-03"),
        ("/2026/08/03/bank-auf-instagram/", "2026-08-03"),
        # a Wayback capture (fourteen digits), an id, an impossible day: the page's date
        ("/web/20260803120000/https://www.bank.example/a.html", "2026-10-02"),
        ("/artikel/12345678/bank-auf-instagram.html", "2026-10-02"),
        ("/nachrichten/20261399/bank-auf-instagram.html", "2026-10-02"),
    ],
)
def test_a_day_in_the_address_as_eight_digits(path: str, expected: str) -> None:
    body = f"<main><article><h1>Bank auf Instagram</h1><p>02.10.2026</p>{TEXT}</article></main>"
    found = published(body, url=f"https://www.bank.example{path}")
    assert found is not None
    assert found[:10] == expected


def _ld(kind: str) -> str:
    return (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", "@type": '
        f'"{kind}", "name": "Bank", "datePublished": "2015-01-01T00:00:00+01:00"}}</script>'
    )


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        # a WebPage alone dates the site, not the article: the date line beyond the drift
        ("WebPage", "2026-10-02"),
        # an article's own JSON-LD far from the line: the line just under the article's
        # headline replaces it too (a theme's fixed day, the site's launch; rdates7)
        ("NewsArticle", "2026-10-02"),
    ],
)
def test_a_webpage_only_jsonld_gives_way_to_the_date_line(kind: str, expected: str) -> None:
    body = f"<main><article><h1>Bank auf Instagram</h1><p>02.10.2026</p>{TEXT}</article></main>"
    found = published(body, _ld(kind))
    assert found is not None
    assert found[:10] == expected
