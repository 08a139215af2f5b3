"""A page type's owner label before a person ("Sammlung von <a>A</a>", "Column by <a>A</a>",
"diarist: A") names the page's writer (data.credits.PAGE_TYPE_LEADS)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.touren.example/collection/4711/kassenwart-touren"


def authors(owner: str) -> list[str]:
    body = (
        "<main><div class='head'><h1>Die Vereinskasse auf Tour</h1>"
        f"<div class='owner'><img src='/a.jpg' alt=''><span>{owner}</span></div></div>"
        f"{paragraphs('die Vereinskasse online geführt wird', 4)}</main>"
    )
    return extract(page_with(body), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        ("Sammlung von <a href='#'>Jana Beispiel</a>", ["Jana Beispiel"]),
        ("Tagebuch von <a href='#'>Mira Exempel</a>", ["Mira Exempel"]),
        ("Column by <a href='#'>Hester Sample</a>", ["Hester Sample"]),
        ("Kuratiert von <a href='#'>Okke Muster</a>", ["Okke Muster"]),
        ("diarist: Harriet Example", ["Harriet Example"]),
        # any lead word alone before a linked full name is a byline too (test_authors_linked_lead)
        ("Tipps von <a href='#'>Jana Beispiel</a>", ["Jana Beispiel"]),
        # left alone: a handle without digits, a label with no name, a photographer's credit
        ("Sammlung von <a href='#'>kassenfuchs</a>", []),
        ("Sammlung von <a href='#'>Touren</a>", []),
        ("Tagebuch von <a href='#'>sparfuchs_anja</a>", []),
        ("Fotos von <a href='#'>Jana Beispiel</a>", []),
    ],
)
def test_page_type_label_names_the_owner(owner: str, expected: list[str]) -> None:
    assert authors(owner) == expected
