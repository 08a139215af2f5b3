"""A label heading over the writer's note ("Written by" | "Dev Marlow", "Über den Autor" |
"Kai Brede leitet …") names the author where nothing else names anyone
(:func:`~newsarchive.extract.authorhead.author_head`; kind read in e and en_n, issue 11).
Small invented pages; a byline, a note opening with a first name, a comment and two
different names are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.ledgerlines.example/posts/support-tooling"
TEXT = "".join(
    f"<p>In week {n} the support team answered every question about card fraud in public "
    "and moved each customer with an account problem into a private channel.</p>"
    for n in range(1, 5)
)
HEADLINE = "How we answer customers in public"


def authors(closing: str, head: str = "") -> list[str]:
    """The authors of an invented post with ``closing`` after its text."""
    html = page_with(
        f"<article><h1>{HEADLINE}</h1>{head}{TEXT}</article><section>{closing}</section>",
        f"<title>{HEADLINE}</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("<h3>Written by</h3><a>Dev Marlow</a><p>Dev builds our tools.</p>", ["Dev Marlow"]),
        (
            "<div><strong>Über den Autor</strong><br>Kai Brede leitet das Team einer Bank.</div>",
            ["Kai Brede"],
        ),
    ],
)
def test_author_head_credited(closing: str, expected: list[str]) -> None:
    assert authors(closing) == expected


@pytest.mark.parametrize(
    ("closing", "head", "expected"),
    [
        # a byline names the writer
        (
            "<h3>Written by</h3><a>Dev Marlow</a>",
            "<p class='byline'>By Hollis Breck</p>",
            ["Hollis Breck"],
        ),
        # a note opening with a first name; a comment's heading; two different names
        ("<h3>About the author</h3><p>Dev builds our tools in Leeds.</p>", "", []),
        ("<div class='comment'><h3>Written by</h3><a>Dev Marlow</a></div>", "", []),
        ("<h3>Written by</h3><a>Dev Marlow</a><h3>Author</h3><p>Kai Brede</p>", "", []),
    ],
)
def test_author_head_left_alone(closing: str, head: str, expected: list[str]) -> None:
    assert authors(closing, head) == expected
