"""English bylines after a date or a clock time ("11 Nov 2025 by Anna Roth", "Published
Tue, Jul 19 2011 10:30 AM by …", "Posted by … at 9:14 pm"; kind read in en_p and bw,
issue 11): the name read, on small invented pages; a line stamping an edit ("Page last
modified … by …") and a name before the stamp left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.harbourcu.example/news/2025/11/messaging-us"
TEXT = "".join(
    f"<p>In part {n} of our guide we explain how members can reach us by message, what we "
    "will never ask for and how to spot an account that only pretends to be ours.</p>"
    for n in range(2, 7)
)


def authors(stamp: str) -> list[str]:
    """The authors of an invented credit union news page with ``stamp`` under its headline."""
    html = page_with(
        "<header><a href='/'>Harbour Credit Union</a><nav><a>News</a></nav></header><main>"
        f"<h1>Your questions about messaging us, answered</h1>{stamp}"
        f"<section class='rich-text'>{TEXT}</section></main>",
        "<title>Your questions about messaging us, answered | Harbour Credit Union</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("<p class='news-date'>11 Nov 2025 by Wren Halloran</p>", ["Wren Halloran"]),
        (
            "<p class='when'>Posted on 19th May 2025 by Ferris Nakamura-Lowe</p>",
            ["Ferris Nakamura-Lowe"],
        ),
        (
            "<div class='stamp'>Published Tue, Nov 11 2025 10:30 AM by <a>Wren Halloran</a> | "
            "<a>5 Comment(s)</a></div>",
            ["Wren Halloran"],
        ),
        (
            "<p class='posted'>Posted by Anke Poppe at 9:14 pm | <a>Comments (1)</a></p>",
            ["Anke Poppe"],
        ),
        # an edit's stamp names the editor, not the writer; no "by": nobody
        ("<p class='lastmod'>Page last modified 11.11.2025 by Wren Halloran</p>", []),
        ("<p class='news-date'>11 Nov 2025 · 4 min read</p>", []),
    ],
)
def test_by_after_a_date(stamp: str, expected: list[str]) -> None:
    assert authors(stamp) == expected
