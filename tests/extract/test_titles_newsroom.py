"""Titles of press and investor pages whose ``<h1>`` names the page's kind (J's kinds,
issue 11), each rule on a small invented page: the headline the page shows wins."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.hgn.example/newsroom/2026/ausstellerrekord"
TEXT = (
    "<p>Die Messe meldet für das kommende Jahr so viele Aussteller wie nie zuvor: Banken, "
    "Versicherer und junge Finanzfirmen haben sich bis Ende Oktober angemeldet.</p>"
)


def title_of(head_title: str, h1: str, h2: str) -> str:
    html = page_with(
        f"<main><h1 class='page-title'>{h1}</h1><article><h2 class='item-title'>{h2}</h2>"
        f"{TEXT * 4}</article></main>",
        f"<title>{head_title}</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["title"]


@pytest.mark.parametrize("h1", ["Newsroom", "Investor Relations", "Pressecenter"])
def test_a_newsroom_h1_yields_to_the_article_heading(h1: str) -> None:
    headline = "Fintech-Messe meldet Ausstellerrekord"
    assert title_of(f"{headline} | Finanzforum 2026 | Messe Rheinhafen", h1, headline) == headline


def test_an_article_h1_stays() -> None:
    headline = "Fintech-Messe meldet Ausstellerrekord"
    assert (
        title_of(f"{headline} | Finanzforum 2026 | Messe Rheinhafen", headline, "Downloads")
        == headline
    )


def test_a_title_after_a_long_rubric_yields_to_the_quoted_heading() -> None:
    headline = "„Wir investieren weiter in digitale Kanäle“"
    head = f"Interview mit CFO Jan Roth: {headline} - Nordwall Bank"
    assert title_of(head, "Investor Relations", headline) == headline
