"""A byline that names the piece's form before its writer, AC's and AF's kind (issue 11):
"Ein Standpunkt von A", "Eine Gastanalyse von A" in byline markup, whatever the form's word.
Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://bankenbrief.example/meinung/2026/filialnetz/"
TEXT = "".join(
    f"<p>Im {n}. Jahr in Folge schließen die Institute mehr Filialen, als sie eröffnen, und "
    "die Kundschaft auf dem Land zahlt dafür mit längeren Wegen.</p>"
    for n in range(1, 6)
)


def page(byline: str) -> bytes:
    return page_with(
        f"<article><h1>Das Filialnetz ist kein Kostenblock</h1><p class='byline'>{byline}</p>"
        f"<div>{TEXT}</div></article>",
        "<title>Das Filialnetz ist kein Kostenblock</title>",
    )


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Ein Standpunkt von Clemens Harder", ["Clemens Harder"]),
        ("Eine Gastanalyse von Clemens Harder", ["Clemens Harder"]),
        ("Ein Zwischenruf von Clemens Harder, Vorstand", ["Clemens Harder"]),
        # a listed form and a plain "Von" as before
        ("Ein Kommentar von Clemens Harder", ["Clemens Harder"]),
        ("Von Clemens Harder", ["Clemens Harder"]),
    ],
)
def test_form_before_the_writer_is_no_name(byline: str, expected: list[str]) -> None:
    assert extract(page(byline), URL, fetched_at=FETCHED)["authors"] == expected


def closing_page(line: str, before: str = "") -> bytes:
    """A page with no byline: ``before`` over the headline, ``line`` closing the text."""
    return page_with(
        f"<article>{before}<h1>Das Filialnetz ist kein Kostenblock</h1><div>{TEXT}"
        f"<p>{line}</p></div></article>",
        "<title>Das Filialnetz ist kein Kostenblock</title>",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # any form word between the article and "von", the line's rest names only
        ("Ein Tipp von Clemens Harder", ["Clemens Harder"]),
        ("Ein Video von Clemens Harder und Wiebke Lorenzen", ["Clemens Harder", "Wiebke Lorenzen"]),
        ("Ein Lesetipp von Clemens Harder, Leiterin der Filiale", ["Clemens Harder"]),
        # a service's or a sponsor's credit names no writer
        ("Ein Angebot von Clemens Harder", []),
        ("Ein Projekt von Clemens Harder", []),
    ],
)
def test_any_form_word_opens_a_closing_credit(line: str, expected: list[str]) -> None:
    assert extract(closing_page(line), URL, fetched_at=FETCHED)["authors"] == expected


def test_a_publication_credited_over_the_headline_is_no_writer() -> None:
    # an aggregator names the newspaper it took the article from, the byline the writer
    before = "<div class='provider'><span>Ein Artikel von Talheimer Kurier</span></div>"
    page = closing_page("Von Clemens Harder", before)
    assert extract(page, URL, fetched_at=FETCHED)["authors"] == ["Clemens Harder"]
