"""Titles of pages whose ``<h1>`` stands in a ``<header>`` whose class names it the story's
header ("story-header", "entry-header") without an ``<article>`` around it (a hosted
collection of posts titled "Headline (extra) · user · Service"), issue 11, the dates_ah
round; each on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import data, extract

URL = "http://sammelstelle.example/kreisbank/tag-der-offenen-tuer"
TEXT = "".join(
    f"<p>Im {n}. Absatz steht, was die Besucher beim Tag der offenen Tür in der Kreisbank "
    "gefragt und gesehen haben.</p>"
    for n in range(1, 4)
)
HEADLINE = "So war unser Tag der offenen Tür in der Kreisbank"
TITLE = f"{HEADLINE} (mit Bildern) · kreisbank_talheim · Sammelstelle"


def story_page(header: str) -> bytes:
    body = (
        "<div id='top'><a href='/'>Sammelstelle</a> <a href='#'>Entdecken</a></div>"
        f"<div class='story'><header {header}><h1 class='title'>{HEADLINE}</h1>"
        "<div class='author'><a href='#'>Kreisbank Talheim</a></div></header>"
        f"<div class='story-body'>{TEXT}</div></div>"
    )
    return page_with(body, f"<title>{TITLE}</title>")


def title_of(page: bytes) -> str:
    return extract(page, URL, fetched_at=FETCHED)["title"]


@pytest.mark.parametrize(
    "header", ["class='story-header'", "class='entry-header'", "class='article__header top'"]
)
def test_a_story_headers_h1_is_the_headline(header: str) -> None:
    assert title_of(story_page(header)) == HEADLINE


def test_a_page_header_or_a_word_inside_a_class_word_stays_the_sites() -> None:
    assert title_of(story_page("class='site-header'")) != HEADLINE
    assert title_of(story_page("class='poster-header'")) != HEADLINE


def test_without_story_header_words_the_h1_stays_the_sites(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "STORY_HEADER_WORDS", frozenset())
    assert title_of(story_page("class='story-header'")) != HEADLINE
