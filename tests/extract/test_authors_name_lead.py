"""A lead left before a writer's full name in a found author leaves it ("Stade. Von A",
"Vorgestellt von A", "Created by A", "Bericht: A"), as does an author box's "About A"
(session 44); a name's own "von" stays."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.namelead import without_name_lead

URL = "https://blog.example/2026/11/03/kontofuehrung-im-test/"
TEXT = "".join(
    f"<p>Im {n}. Absatz geht es darum, was ein Girokonto im Monat kostet und wann sich "
    "ein Wechsel der Bank für die Kundinnen und Kunden wirklich lohnt.</p>"
    for n in range(1, 5)
)


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ("Stade. Von Heike Beispiel", "Heike Beispiel"),
        ("Vorgestellt von Jan-Ole Exempel", "Jan-Ole Exempel"),
        ("Geldgeschichten von Ines Muster", "Ines Muster"),
        ("Hinzugefügt von Katrin Probst", "Katrin Probst"),
        ("Created by Felix Sample", "Felix Sample"),
        ("Bericht: Jens Beispiel", "Jens Beispiel"),
        ("About Hannah Example", "Hannah Example"),
        ("Über Jana Beispiel", "Jana Beispiel"),
        ("About the author", "About the author"),  # no name after it
        # left alone: a name's own "von", a given name's lead, a credit after a name
        ("Moritz von der Heide", "Moritz von der Heide"),
        ("Anna Maria von Berg Holt", "Anna Maria von Berg Holt"),
        ("Oliver Muster Fotos: Ina Probst", "Oliver Muster Fotos: Ina Probst"),
        ("Anna Beispiel", "Anna Beispiel"),
        ("Antwort von redaktion", "Antwort von redaktion"),
    ],
)
def test_lead_before_a_full_name(found: str, expected: str) -> None:
    assert without_name_lead(found) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Geldgeschichten von Ines Muster", ["Ines Muster"]),
        ("Ines Muster", ["Ines Muster"]),
    ],
)
def test_byline_markup_with_a_lead(byline: str, expected: list[str]) -> None:
    body = (
        f"<article><h1>Kontoführung im Test</h1><p class='byline'><span class='author'>"
        f"{byline}</span></p>{TEXT}</article>"
    )
    assert extract(page_with(body), URL, fetched_at=FETCHED)["authors"] == expected


def test_an_author_box_titled_about_the_writer() -> None:
    body = (
        f"<article><h1>Kontoführung im Test</h1>{TEXT}<div class='author-box'><h4 "
        "class='author-title'>About Hannah Example</h4><p>Hannah writes about banks.</p></div>"
        "</article>"
    )
    assert extract(page_with(body), URL, fetched_at=FETCHED)["authors"] == ["Hannah Example"]
