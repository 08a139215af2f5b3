"""A list of points between the page's head (headline, lead, byline, dateline, picture)
and its text's first paragraph is put back above that paragraph where trafilatura leaves it
out (:func:`~newsarchive.extract.headlists.head_lists`; kind read in de_full29, de_full33,
de_full36, en_d, en_k). Small invented pages; a menu's list and a list of links are left
alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.harbourside-news.example/money/2009/branch-hours-change.html"
HEADLINE = "Harbourside Building Society changes its branch hours"
POINTS = [
    "Branches will open an hour later on Mondays.",
    "Advice by phone stays open until eight.",
    "Appointments can now be booked online.",
]
TEXT = "".join(
    f"<p>Paragraph {n} tells how the society told its members about the new hours and "
    "what changes for clubs and small firms that bank with it.</p>"
    for n in range(1, 5)
)
HEAD = (
    f"<h1>{HEADLINE}</h1><p class='standfirst'>The society says fewer members visit in the "
    "morning. Its staff will answer calls for longer instead.</p>"
    "<p class='byline'>By Imogen Fairweather</p>"
)


def body(content: str) -> str:
    """The body of an invented news page whose story block holds ``content``."""
    html = page_with(f"<div class='story'>{content}</div>", f"<title>{HEADLINE}</title>")
    return str(extract(html, URL, fetched_at=FETCHED)["body"])


def bullets(items: list[str], link: bool = False) -> str:
    """A bullet list of ``items`` (each a link with ``link``)."""
    cells = [f"<a href='/a{n}.html'>{item}</a>" if link else item for n, item in enumerate(items)]
    return "<ul>" + "".join(f"<li>{cell}</li>" for cell in cells) + "</ul>"


@pytest.mark.parametrize(
    "content",
    [
        HEAD + bullets(POINTS) + TEXT,
        f"<h1>{HEADLINE}</h1>" + bullets(POINTS) + "<p class='byline'>By Imogen Fairweather</p>"
        f"<div class='article-text'>{TEXT}</div>",
    ],
)
def test_head_list_read(content: str) -> None:
    text = body(content)
    assert all(point in text for point in POINTS)
    assert text.index(POINTS[0]) < text.index("Paragraph 1")


@pytest.mark.parametrize(
    ("content", "item"),
    [
        # a menu's entries in the head
        (HEAD + "<nav>" + bullets(POINTS) + "</nav>" + TEXT, POINTS[1]),
        # other stories' links
        (HEAD + bullets(POINTS, link=True) + TEXT, POINTS[1]),
    ],
)
def test_other_list_left(content: str, item: str) -> None:
    assert item not in body(content)
