"""A translator is no writer: "Translated from German by Lisa Gorman." under the writers'
byline drops her from the metadata's authors, and a byline that ends in the translator's
credit ("By A and B. Translated from German by C.") names A and B. A translator credited
alone stays. Issue 11, session 57: 2 read judges' authors up (en_ct, en_cu: the translated
pages' two writers), none down. Small invented pages."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://english.weserbergland-anzeiger.example/economy/card-payments-fail"
TEXT = "".join(
    f"<p>In part {n}, customers of the savings bank explain how the card terminals failed at "
    "the checkout and what the bank told them afterwards.</p>"
    for n in range(1, 5)
)


def authors(byline: str, names: list[str]) -> list[str]:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Card payments fail for hours",
        "author": [{"@type": "Person", "name": n} for n in names],
    }
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if names else ""
    body = f"<main><article><h1>Card payments fail for hours</h1>{byline}{TEXT}</article></main>"
    return extract(page_with(body, head), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "names", "expected"),
    [
        (
            "<p class='byline'>By <a>Henrike Asmus</a> and <a>Paul Brenner</a></p>"
            "<p class='translation'>Translated from German by Lisa Gorman.</p>",
            ["Henrike Asmus", "Paul Brenner", "Lisa Gorman"],
            ["Henrike Asmus", "Paul Brenner"],
        ),
        (
            "<p class='translation-note'><em>By Lena Marquardt and Jonas Petermann. Translated "
            "from German by Sarah O'Connell.</em></p>",
            [],
            ["Lena Marquardt", "Jonas Petermann"],
        ),
        (
            "<p class='byline'>Von <a>Henrike Asmus</a></p><p>Übersetzung: Lisa Gorman</p>",
            ["Henrike Asmus", "Lisa Gorman"],
            ["Henrike Asmus"],
        ),
        # the translator alone: the page names nobody else
        (
            "<p class='translation'>Translated from German by Lisa Gorman.</p>",
            ["Lisa Gorman"],
            ["Lisa Gorman"],
        ),
    ],
)
def test_a_translator_is_no_writer(byline: str, names: list[str], expected: list[str]) -> None:
    assert authors(byline, names) == expected
