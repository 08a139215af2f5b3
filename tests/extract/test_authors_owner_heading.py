"""A heading naming the page's owner after a word of its own ("About Jarrah Tillotson" over
a blog footer's about box, "More from Maren Ostby" over the writer's other posts) is the
author where nothing else names anyone
(:func:`~newsarchive.extract.ownerheading.owner_heading`; kind read in en_j and en_v, issue
11). Small invented pages; a byline, a thing's name, a comment and two different names are
left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.ledgerlines.example/posts/paying-by-phone"
TEXT = "".join(
    f"<p>On day {n} of the trial I paid for everything with my phone and wrote down "
    "each time the card reader or the bank app made the payment slower than cash.</p>"
    for n in range(1, 5)
)
HEADLINE = "A week of paying by phone"


def authors(footer: str, head: str = "") -> list[str]:
    """The authors of an invented blog post with ``footer`` after it."""
    html = page_with(
        f"<article><h1>{HEADLINE}</h1>{head}{TEXT}</article><footer>{footer}</footer>",
        f"<title>{HEADLINE}</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        (
            "<h2>About Jolene Farrant</h2><p>Jolene keeps the books of a bakery.</p>",
            ["Jolene Farrant"],
        ),
        (
            "<h3>More from Tobin Ashcroft</h3><ul><li><a>Card fees rise</a></li></ul>",
            ["Tobin Ashcroft"],
        ),
    ],
)
def test_owner_heading_credited(footer: str, expected: list[str]) -> None:
    assert authors(footer) == expected


@pytest.mark.parametrize(
    ("footer", "head", "expected"),
    [
        # a byline names the writer
        (
            "<h2>About Jolene Farrant</h2>",
            "<p class='byline'>By Hollis Breck</p>",
            ["Hollis Breck"],
        ),
        # a thing, not a person; a comment's heading; two different names
        ("<h2>About this blog</h2><p>Notes on money.</p>", "", []),
        ("<div class='comment'><h3>More from Tobin Ashcroft</h3></div>", "", []),
        ("<h2>About Jolene Farrant</h2><h3>More from Tobin Ashcroft</h3>", "", []),
    ],
)
def test_owner_heading_left_alone(footer: str, head: str, expected: list[str]) -> None:
    assert authors(footer, head) == expected
