"""A list of points that opens the article's text (each item a sentence, a paragraph right
after it) is put back above that paragraph where trafilatura leaves it out
(:func:`~newsarchive.extract.openinglists.opening_lists`; kind read in en_j, en_k, en_m,
en_p, issue 11). Small invented pages; a list of words, a list of links and a list after a
heading are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://blog.lakeside-bank.example/posts/2013/first-year-online"
HEADLINE = "Three takeaways from our first year online"
POINTS = [
    "The fee was dropped ten days after the first complaints.",
    "Fake copies of bank pages rose by about 29 percent in a year.",
    "Staff now answer complaints online within the hour.",
]
TEXT = "".join(
    f"<p>Paragraph number {n} tells how the bank's branch team handled its customers' "
    "questions this year, and what the team plans to change next spring.</p>"
    for n in range(1, 5)
)


def body(content: str) -> str:
    """The body of an invented blog post whose text block holds ``content``."""
    html = page_with(
        f"<h1>{HEADLINE}</h1><p class='BlogSubHead'>By Rafferty Doyle on 9/30/2013</p>"
        f"<div class='BlogBody'>{content}</div>",
        f"<title>{HEADLINE}</title>",
    )
    return str(extract(html, URL, fetched_at=FETCHED)["body"])


def bullets(items: list[str]) -> str:
    """A bullet list of ``items``."""
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


@pytest.mark.parametrize(
    "content",
    [
        bullets(POINTS) + TEXT,
        bullets(POINTS) + "<figure><img src='/a.png' alt='The new inbox'></figure>" + TEXT,
    ],
)
def test_opening_list_read(content: str) -> None:
    text = body(content)
    assert all(point in text for point in POINTS)
    assert text.index(POINTS[0]) < text.index("Paragraph number 1")


@pytest.mark.parametrize(
    ("content", "items"),
    [
        # items that are no sentences: tags or keywords
        (bullets(["Banking", "Social media", "Fraud"]) + TEXT, ["Social media"]),
        # a list of links to other posts
        (
            "<ul><li><a href='/p1'>Our new app is here.</a></li>"
            "<li><a href='/p2'>Branch hours change.</a></li></ul>" + TEXT,
            ["Our new app is here."],
        ),
    ],
)
def test_other_lists_left_out(content: str, items: list[str]) -> None:
    text = body(content)
    assert not any(item in text for item in items)
