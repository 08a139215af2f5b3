"""A meta line split by a ``<time>`` element ("<time>03.11.2026</time> · Heiko Brandl", a
reading time between or not; kind read in de_full2 and de_full15, issue 11): the name after
the date's node is the byline."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://kreisbote.example/lokales/volksbank-startet-kanal"


def authors(meta: str) -> list[str]:
    html = (
        "<html><head><meta charset='utf-8'><title>Volksbank startet Kanal</title></head><body>"
        f"<article><h1>Volksbank startet Kanal</h1><div class='post-meta'>{meta}</div>"
        f"{paragraphs('sie einen Kanal startet', 4)}</article></body></html>"
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ("<time>03.11.2026</time> · Heiko Brandl", ["Heiko Brandl"]),
        ("<time>25. August 2020</time> · 6 Min. Lesezeit · Merle Quast und Jonas Steinkühler",
         ["Merle Quast", "Jonas Steinkühler"]),
        # no date before the separator: no byline
        ("<span>Lokales</span> · Heiko Brandl", []),
    ],
)  # fmt: skip
def test_name_after_date_node(meta: str, expected: list[str]) -> None:
    assert authors(meta) == expected
