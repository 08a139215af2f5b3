"""A byline text's name whose surname opens with a particle, alone or with an article ("Von
Jan van der Berg", "Von Karla zu Beispielstein", "Von Ana de la Prueba") names its writer;
"vom" and "zur", which join a headline's words ("Vom Kutter zur Fähre"), are no particles."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract
from newsarchive.extract.data import BYLINE_NAME

URL = "https://www.beispielzeitung.example/wirtschaft/banken-im-netz-12345.html"


def authors(line: str) -> list[str]:
    top = f"<h1>Sparkasse startet eigenen Kanal</h1><div class='meta'><span>{line}</span></div>"
    return extract(article_page(top=top), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Von Jan van der Berg", ["Jan van der Berg"]),
        ("Von Karla zu Beispielstein", ["Karla zu Beispielstein"]),
        ("Von Ana de la Prueba und Tom ter Muster", ["Ana de la Prueba", "Tom ter Muster"]),
        ("Von Anna Beispiel", ["Anna Beispiel"]),
    ],
)
def test_name_particles(line: str, expected: list[str]) -> None:
    assert authors(line) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ursel von der Probe", True),
        ("Jan van den Muster", True),
        ("Fischkutter zur Elektrofähre", False),
        ("Kutter vom Hafen", False),
        ("Anna von der von Probe", False),
    ],
)
def test_byline_name_particles(name: str, expected: bool) -> None:
    assert bool(BYLINE_NAME.fullmatch(name)) is expected
