"""A readers' review site, AG's kind (issue 11): the box of the reviewed book names its
author ("book-author"), the reviewer signs the review. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://leserunde.example/rezension/geldgeschichten-4711/"
TEXT = "".join(
    f"<p>Im {n}. Kapitel erklärt die Heldin ihrer Nachbarin, warum die Sparkasse im Ort "
    "schließt und was ein Tagesgeldkonto von einem Girokonto unterscheidet.</p>"
    for n in range(1, 6)
)


def page(book_class: str) -> bytes:
    return page_with(
        f"<section class='book'><h2>Geldgeschichten</h2><p class='{book_class}'>von Marlene "
        "Ostwald</p></section><article class='review'><h1>Ein Roman, der rechnen lehrt</h1>"
        "<div class='review-author'><a class='user-name'>Jonas Hilbrecht</a>"
        f"<time datetime='2026-02-04'>4. Februar 2026</time></div><div>{TEXT}</div></article>",
        "<title>Rezension zu Geldgeschichten von Marlene Ostwald | Leserunde</title>",
    )


@pytest.mark.parametrize(
    ("book_class", "expected"),
    [
        # the reviewed book's author is not the page's: the reviewer is
        ("book-author", ["Jonas Hilbrecht"]),
        ("bookauthor", ["Jonas Hilbrecht"]),
        # an author class of the page itself keeps the first byline markup
        ("post-author", ["Marlene Ostwald"]),
    ],
)
def test_reviewed_work_author_is_no_byline(book_class: str, expected: list[str]) -> None:
    assert extract(page(book_class), URL, fetched_at=FETCHED)["authors"] == expected
