"""Dates on kinds of pages issue 11 names (each rule: the case it covers and the case it must
leave alone), on small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

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
    return extract(page_with(body, head), url, fetched_at=FETCHED)["published"]


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
