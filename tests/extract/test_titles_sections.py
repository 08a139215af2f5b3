"""Titles of service and section pages (issue 11): a section's ``<h1>`` ("Karriere",
"Mediathek", "Newsroom") over the page's own title, each on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Die Sparkasse Auental erklärt im {n}. Absatz, was sich für Kundinnen und Kunden "
    "ändert und warum sie den Kanal jetzt ausbaut.</p>"
    for n in range(1, 4)
)


def title_of(page: bytes, url: str) -> str:
    return extract(page, url, fetched_at=FETCHED)["title"]


@pytest.mark.parametrize("section", ["Karriere", "Wissen", "Newsroom", "Investor Relations"])
def test_a_section_h1_yields_to_the_title_the_metadata_agree_on(section: str) -> None:
    body = (
        f"<main><section class='stage'><h1 class='stage__headline'>{section}</h1></section>"
        f"<article>{TEXT}</article><section class='teasers'><h2>Das könnte Sie auch "
        "interessieren</h2></section></main>"
    )
    head = (
        "<title>Was ist ein Tagesgeldkonto? » Sparkasse Auental</title>"
        "<meta property='og:title' content='Was ist ein Tagesgeldkonto?'>"
    )
    url = "https://www.sparkasse-auental.example/ratgeber/tagesgeld"
    assert title_of(page_with(body, head), url) == "Was ist ein Tagesgeldkonto?"


def test_an_article_h1_that_names_no_section_stays() -> None:
    # "Wissen" inside a longer headline is no page kind: the <h1> stays the headline
    body = f"<main><article><h1>Wissen für Sparer: Tagesgeld erklärt</h1>{TEXT}</article></main>"
    head = "<title>Tagesgeld einfach erklärt » Sparkasse Auental</title>"
    url = "https://www.sparkasse-auental.example/ratgeber/tagesgeld"
    assert title_of(page_with(body, head), url) == "Wissen für Sparer: Tagesgeld erklärt"
