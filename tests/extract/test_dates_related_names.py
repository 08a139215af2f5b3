"""Lists of other articles under their other names ("weitere-artikel", "aehnliche-beitraege",
"recent-posts", "latest-news", "meistgelesen", "empfehlungen", "more-news") carry those
articles' days: no date markup or date line of the page (the held-out kind "a sidebar's or
related article's date", issue 11); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("sie jetzt auf Instagram setzt")
URL = "https://www.bank.example/news/sparkasse-instagram.html"


def _page(names: str) -> str:
    others = (
        f"<div class='{names}'><h3>Mehr zum Thema</h3><ul><li><time datetime='2023-03-07'>"
        "07.03.2023</time> <a href='/x'>Volksbank erklärt Konten</a></li></ul></div>"
    )
    return (
        f"<main><article><h1>Sparkasse startet auf Instagram</h1>{TEXT}{others}"
        "<p class='meta'>1. März 2023</p></article></main>"
    )


@pytest.mark.parametrize(
    "names",
    [
        "weitere-artikel",
        "aehnliche-beitraege",
        "recent-posts",
        "latest-news",
        "box meistgelesen",
        "empfehlungen",
        "more-news",
    ],
)
def test_a_list_of_other_articles_gives_no_date(names: str) -> None:
    assert (published_on(_page(names), "", URL) or "")[:10] == "2023-03-01"


def test_a_box_of_other_words_is_read() -> None:
    assert (published_on(_page("box"), "", URL) or "")[:10] == "2023-03-07"
