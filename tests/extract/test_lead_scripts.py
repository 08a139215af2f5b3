"""A teaser box's scripts and JSON-LD blocks are no part of the lead (two real dev pages
gave an ad's script and a picture's JSON-LD as their lead; issue 11, session 28)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

TEASER = "Im Winter frisches Gemüse aus dem eigenen Garten ernten: drei Tipps für die Knollen."


@pytest.mark.parametrize(
    "inside",
    [
        "<script>window.adQueue = window.adQueue || [];</script>",
        '<script type=\'application/ld+json\'>{"@context": "http://schema.org", '
        '"@type": "ImageObject", "author": "garten.example"}</script>',
        "<style>.intro{color:red}</style>",
    ],
)
def test_lead_without_code(inside: str) -> None:
    html = page_with(
        f"<h1>Knollen ernten</h1><div class='intro'>{inside}<p>{TEASER}</p></div>"
        + paragraphs("die Ernte im Winter gelingt"),
        f"<title>Knollen ernten</title><meta name='description' content='{TEASER}'>",
    )
    found = extract(html, "https://www.garten.example/news/knollen", fetched_at=FETCHED)
    assert found["lead"] == TEASER
