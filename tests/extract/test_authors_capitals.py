"""Names that open with a Turkish, Polish or French capital ("Derya Çelik", "İlkay Şahin";
kind read in half L, issue 11) are names in byline text like any other."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://testnetz.example/tests/banking-apps-im-test"


def authors(byline: str) -> list[str]:
    html = (
        "<html><head><meta charset='utf-8'><title>Banking-Apps im Test</title></head><body>"
        f"<article><h1>Banking-Apps im Test</h1><div class='tn-meta'>{byline}</div>"
        f"{paragraphs('ihre App neu gestaltet hat', 4)}</article></body></html>"
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Von Derya Çelik", ["Derya Çelik"]),
        ("Von Malte Ristau und İlkay Şahin", ["Malte Ristau", "İlkay Şahin"]),
        ("Von Malte Ristau", ["Malte Ristau"]),
    ],
)
def test_name_capitals(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected
