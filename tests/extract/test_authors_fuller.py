"""A byline naming the found author and more (kind read in halves U and AO, issue 11): the
JSON-LD or a CMS's "Geschrieben von" field credits the first writer only, the post's byline
both; a desk's name with an acronym beside the writer is no second author."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://blog.example/2026/01/abruf-umgebaut/"


def authors(byline: str) -> list[str]:
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": "Abruf umgebaut",
        "author": {"@type": "Person", "name": "Timo Achterberg"},
    }
    script = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    html = (
        f"<html><head><meta charset='utf-8'><title>Abruf umgebaut</title>{script}</head><body>"
        f"<article><h1>Abruf umgebaut</h1><div class='post-meta'>{byline}</div>"
        f"{paragraphs('sie ihren Abruf umgebaut hat', 4)}</article></body></html>"
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("<span>Von <em>Timo Achterberg</em>, <em>Leonie Brack</em></span>",
         ["Timo Achterberg", "Leonie Brack"]),
        ("<span>Von Timo Achterberg und Leonie Brack</span>", ["Timo Achterberg", "Leonie Brack"]),
        # a desk beside the writer: the JSON-LD's author alone
        ("<span>Von Timo Achterberg, MHF Wirtschaft</span>", ["Timo Achterberg"]),
    ],
)  # fmt: skip
def test_fuller_byline(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected
