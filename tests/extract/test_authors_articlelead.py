"""A compound noun ending in "beitrag" or "artikel" before "von" leads a byline, AI's kind
(issue 11): a press archive's signed article ("Namensbeitrag von A, Vorstand"). Small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://sparkassenverband.example/presse/reden/2001-05-09.html"
TEXT = "".join(
    f"<p>Im {n}. Jahr in Folge schließen die Institute mehr Filialen, als sie eröffnen, und "
    "die Kundschaft auf dem Land zahlt dafür mit längeren Wegen.</p>"
    for n in range(1, 6)
)


def page(byline: str) -> bytes:
    return page_with(
        "<span>Namensbeitrag</span><br><span>Mainz, 9. Mai 2001</span><br>"
        f"<span>Warum das Internet die Filiale nicht ersetzt</span><p><i>{byline}</i></p>{TEXT}",
        "<title>Warum das Internet die Filiale nicht ersetzt</title>",
    )


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Namensbeitrag von Clemens Harder", ["Clemens Harder"]),
        ("Ein Fachbeitrag von Clemens Harder und Ina Roth", ["Clemens Harder", "Ina Roth"]),
        ("Gastartikel von Clemens Harder", ["Clemens Harder"]),
        # a sentence of the text is no byline
        ("Namensbeitrag von gestern, weiter unten", []),
    ],
)
def test_compound_article_word_leads_a_byline(byline: str, expected: list[str]) -> None:
    assert extract(page(byline), URL, fetched_at=FETCHED)["authors"] == expected
