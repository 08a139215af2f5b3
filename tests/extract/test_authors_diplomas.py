"""A diploma before a writer's name is an academic title and stays as printed, like "Dr."
and "Mag." ("Dipl.-Ing. Claudia Wehrmann", "Dipl.-Ing. (FH) Markus Brenner", "Dipl.-Kfm.
Jonas Reitermann"; session 65, read on de_full673, de_full679 and de_full684, issue 11);
a profession's abbreviation before it still leaves ("RA", "StB"). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://www.bauwerk-lindau.example/2024/03/12/baufinanzierung-nach-bauabschnitten/"
HEAD = (
    "<title>Bauen in Abschnitten</title><script type='application/ld+json'>"
    '{"@type": "BlogPosting", "headline": "Bauen in Abschnitten",'
    ' "author": [{"@type": "Person", "name": "%s"}]}</script>'
)


def authors(meta_name: str, byline: str) -> list[str]:
    """The authors of an invented post whose JSON-LD names ``meta_name``."""
    html = article_page(head=HEAD % meta_name, top=f"<h1>Bauen in Abschnitten</h1>{byline}")
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("meta_name", "byline", "expected"),
    [
        # the metadata's name with its diploma
        ("Dipl.-Ing. Claudia Wehrmann", "", ["Dipl.-Ing. Claudia Wehrmann"]),
        ("Dipl.-Ing. (FH) Lukas Brandstätter", "", ["Dipl.-Ing. (FH) Lukas Brandstätter"]),
        # the metadata's name bare, the byline's with the diploma
        (
            "Jonas Reitermann",
            "<p class='byline'>Von <a href='/team/reitermann/'>Dipl.-Kfm. Jonas Reitermann</a></p>",
            ["Dipl.-Kfm. Jonas Reitermann"],
        ),
        # a profession's abbreviation leaves, the diploma stays
        ("StB Dipl.-Kfm. Horst Ebeling", "", ["Dipl.-Kfm. Horst Ebeling"]),
        ("RA Thomas Bergner", "", ["Thomas Bergner"]),
    ],
)
def test_diploma_stays(meta_name: str, byline: str, expected: list[str]) -> None:
    assert authors(meta_name, byline) == expected
