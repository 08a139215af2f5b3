"""Scholarly pages (journal systems, repositories) name each author in a ``citation_author``
meta tag, often last name first ("Quendel, Marit"; kind read in ad, issue 11): those tags give
the authors when no generic author meta does, on small invented pages; a page with its own
``author`` meta keeps it, and a page without citation tags is left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://zeitschrift.beispiel.example/index.php/kasse/article/view/17"
TEXT = "".join(
    f"<p>Abschnitt {n} untersucht, wie kleine Vereinskassen Überweisungen prüfen und welche "
    "Gebühren dabei für die Mitglieder anfallen, mit Zahlen aus zwölf Kreisen.</p>"
    for n in range(2, 7)
)


def authors(head: str) -> list[str]:
    """The authors of an invented journal article page whose head holds ``head``."""
    html = page_with(
        "<div class='journal'><a href='/'>Kassenforschung</a></div><article>"
        "<h1 class='page_title'>Gebühren in Vereinskassen</h1>"
        f"<div class='abstract'>{TEXT}</div></article>",
        f"<title>Gebühren in Vereinskassen | Kassenforschung</title>{head}",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<meta name='citation_author' content='Marit Quendel'>", ["Marit Quendel"]),
        (
            "<meta name='citation_author' content='Quendel, Marit'>"
            "<meta name='citation_author' content='Oskar Bremkamp'>",
            ["Marit Quendel", "Oskar Bremkamp"],
        ),
        (
            "<meta name='author' content='Ilka Sonnborn'>"
            "<meta name='citation_author' content='Marit Quendel'>",
            ["Ilka Sonnborn"],
        ),
        ("<meta name='citation_title' content='Gebühren in Vereinskassen'>", []),
    ],
)
def test_citation_author_tags(head: str, expected: list[str]) -> None:
    assert authors(head) == expected
