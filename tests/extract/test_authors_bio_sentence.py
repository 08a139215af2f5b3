"""An author box's biography read as byline markup (round ra48, kind read in ch): only the
full name opening "Anna Roth ist Campaignerin für Finanzwende und Klima." names anyone,
never the word a later "und" joins; a byline of two names, or a name run into another by
joined markup, is left to the byline splitting."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://kampagne.example/blog/deine-bank-finanziert-kohle/"


def authors(box: str) -> list[str]:
    html = (
        "<html><head><meta charset='utf-8'><title>Deine Bank finanziert Kohle</title></head>"
        "<body><article><span class='cat'>Klima</span><h1>Deine Bank finanziert Kohle</h1>"
        f"{paragraphs('sie Kohlekraftwerke finanziert', 4)}"
        f"<aside class='author-box'>{box}</aside></article></body></html>"
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        ("Lisa Beispiel ist Campaignerin für Finanzwende und Klima.", ["Lisa Beispiel"]),
        ("Tom Muster schreibt über Banken, Fonds und Versicherungen.", ["Tom Muster"]),
        ("Jane Example is a campaigner on banks and climate.", ["Jane Example"]),
        # left alone: two names, no sentence
        ("Lisa Beispiel und Tom Muster", ["Lisa Beispiel", "Tom Muster"]),
    ],
)
def test_biography_names_only_its_opening_name(box: str, expected: list[str]) -> None:
    assert authors(box) == expected
