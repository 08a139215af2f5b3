"""A credit line in an author-classed box of its own ("<div class='rw-author'><p>Quelle:
Nachrichtenredaktion, mit Material von dpa</p></div>", a broadcaster's article foot; issue
11, session 42): read as the byline where the metadata names only the station; a box of
biography stays no byline. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, graph, page_with

from newsarchive.extract import extract

URL = "https://www.radio-auental.example/nachrichten/kreissparkasse-erhoeht-zinsen-100.html"
TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet der Sender, wie die Kreissparkasse die Zinsen für "
    "Tagesgeld anhebt und was Sparer beachten sollten.</p>"
    for n in range(1, 6)
)


def authors(box: str) -> list[str]:
    head = "<title>Kreissparkasse erhöht Zinsen | Radio Auental</title>" + graph(
        {
            "@type": "NewsArticle",
            "publisher": {"@type": "Organization", "name": "Radio Auental"},
            "author": {"@type": "Organization", "name": "Radio Auental"},
        }
    )
    body = (
        f"<main><article><h1>Kreissparkasse erhöht Zinsen</h1><div class='rw-text'>{TEXT}"
        f"</div><div class='rw-author'>{box}</div></article></main>"
    )
    return list(extract(page_with(body, head), URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        ("<p>Quelle: Nachrichtenredaktion, mit Material von dpa</p>", ["dpa"]),
        ("<p>Von Theresa Kowalczyk, mit Material von dpa</p>", ["Theresa Kowalczyk", "dpa"]),
    ],
)
def test_a_credit_line_in_its_own_box(box: str, expected: list[str]) -> None:
    assert authors(box) == expected


def test_a_biographys_sentence_is_no_credit_line() -> None:
    box = "<p>Theresa Kowalczyk ist Redakteurin und schreibt über Geld.</p>"
    assert "Theresa Kowalczyk ist Redakteurin" not in " ".join(authors(box))
