"""A guest's credit names any form of writing ("Gastkolumne von A" closing a homepage's
column, "Gastgeschichte von A" under a story a pseudonymous account posted; half BD's kind,
issue 11): the guest is the author, not the account; words that are no piece of writing or
a sentence leave the account, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://geschichten-plattform.example/stories/sparen-lernen.html"
TEXT = "".join(
    f"<p>In der {n}. Klasse bekam sie ihr erstes Girokonto und lernte, was ein Dauerauftrag "
    "ist und warum die Bank keine Gebühren verlangte.</p>"
    for n in range(5, 10)
)


def authors(end: str) -> list[str]:
    html = page_with(
        "<main><h1>Sparen lernen mit der Schülerin</h1><div class='byline'>Von "
        f"<a class='author'>Nachteule</a></div><div class='story'>{TEXT}{end}</div></main>",
        "<title>Sparen lernen mit der Schülerin | Geschichten</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("<p><i>Gastgeschichte von Leonore Wiebking</i></p>", ["Leonore Wiebking"]),
        ("<p><i>Gastkolumne von Bent Asmussen</i></p>", ["Bent Asmussen"]),
        ("<p>Ein Gasttext von Hedda Crone</p>", ["Hedda Crone"]),
        # a host is no piece of writing; the words inside a sentence credit nobody
        ("<p>Gastgeber von Hedda Crone</p>", ["Nachteule"]),
        ("<p>Die Gastkolumne von Bent Asmussen erscheint wieder im März.</p>", ["Nachteule"]),
    ],
)
def test_guest_piece(end: str, expected: list[str]) -> None:
    assert authors(end) == expected
