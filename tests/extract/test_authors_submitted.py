"""A byline that opens with a participle of writing, sending in or putting together before
"von" (issue 11): "Eingesendet von A am …" (a community CMS's "submitted by"), "Zusammengestellt
von A und B", "Notiert von A". Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://kassenwarte-auental.example/beitrag/2026/vereinskonto/"
HEADLINE = "Was das neue Vereinskonto kostet"
TEXT = "".join(
    f"<p>Im {n}. Quartal hat die Kasse des Vereins für das Konto mehr Gebühren gezahlt, als "
    "im Haushalt stand, und der Vorstand will nun die Bank wechseln.</p>"
    for n in range(1, 6)
)


def page(line: str) -> bytes:
    """A post whose meta line under the headline is ``line`` (no byline markup)."""
    return page_with(
        f"<article><h1>{HEADLINE}</h1><div class='meta'>{line}</div>"
        f"<div class='content'>{TEXT}</div></article>",
        f"<title>{HEADLINE}</title>",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Eingesendet von Clemens Harder am Mo, 14.05.2007 - 19:22", ["Clemens Harder"]),
        ("Eingetragen von: Clemens Harder", ["Clemens Harder"]),
        (
            "Zusammengestellt von Clemens Harder und Wiebke Lorenzen",
            ["Clemens Harder", "Wiebke Lorenzen"],
        ),
        ("Notiert von Clemens Harder", ["Clemens Harder"]),
    ],
)
def test_a_participle_of_writing_before_von_opens_a_byline(line: str, expected: list[str]) -> None:
    assert extract(page(line), URL, fetched_at=FETCHED)["authors"] == expected


@pytest.mark.parametrize(
    "line", ["Präsentiert von Clemens Harder", "Unterstützt von Clemens Harder"]
)
def test_a_sponsors_participle_names_no_writer(line: str) -> None:
    assert extract(page(line), URL, fetched_at=FETCHED)["authors"] == []
