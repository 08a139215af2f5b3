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
