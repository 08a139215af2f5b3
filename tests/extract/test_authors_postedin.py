"""A blog's "posted by A in <category>" byline ("Geschrieben von Anna Roth in Netz um 21:40",
Serendipity's and WordPress themes' post footer; kind read in halves E and AO, issue 11):
the name ends before "in", as before "am" and "um"."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://kontoauszug.example/archives/212-Banken-im-Netz.html"


def authors(footer: str) -> list[str]:
    html = (
        "<html><head><meta charset='utf-8'><title>Banken im Netz</title></head><body>"
        "<div class='serendipity_Entry_Date'><h4 class='serendipity_title'>Banken im Netz</h4>"
        f"<div class='serendipity_entry'>{paragraphs('sie auf Threads antwortet', 4)}</div>"
        f"<div class='serendipity_entryFooter'>{footer} | Kommentare (3)</div></div>"
        "</body></html>"
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("Geschrieben von Anna Roth in Netz um 21:40", ["Anna Roth"]),
        ("Veröffentlicht von Anna Roth in Banken", ["Anna Roth"]),
        ("Geschrieben von Anna Roth um 21:40", ["Anna Roth"]),
    ],
)
def test_posted_in_category(footer: str, expected: list[str]) -> None:
    assert authors(footer) == expected
