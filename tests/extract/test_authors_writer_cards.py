"""A byline panel of writer cards as Webflow's blog templates print them (issue 11, kind read
on en_ca and en_cc, session 53): each card a photo and blocks "Written by" | name | role;
the blocks are read one by one, not run together, and a reviewer's or an editor's card is
no byline. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://blog.kontowerk.example/posts/caption-ideas"
TEXT = "".join(
    f"<p>Compliance teams at credit unions review social posts in round {n}, and most "
    "captions pass when they avoid promises about rates and returns.</p>"
    for n in range(1, 7)
)


def card(cls: str, label: str, name: str, role: str = "") -> str:
    extra = f"<div class='text-size-small text-color-grey'>{role}</div>" if role else ""
    return (
        f"<div class='{cls}'><img src='/a.jpg' alt='' class='author-image'/>"
        f"<div><div class='text-size-small'>{label}</div>"
        f"<div class='text-weight-semibold'>{name}</div>{extra}</div></div>"
    )


def page(panel: str) -> bytes:
    return page_with(
        f"<h1>Caption ideas your compliance team approves</h1>{panel}<div>{TEXT}</div>",
        "<title>Caption ideas your compliance team approves</title>",
    )


@pytest.mark.parametrize(
    ("panel", "expected"),
    [
        # two cards side by side: the writer's, not "Reviewed byAmrit Gill"
        (
            card("blog-post_author-wrapper", "Written by", "Jess Kowalczyk")
            + card("blog-post_author-wrapper", "Reviewed by", "Amrit Gill"),
            ["Jess Kowalczyk"],
        ),
        # one panel holding both cards with their roles
        (
            "<div class='blog-post-header_author-wrapper'>"
            + card("blog-post-header_author-text", "Written by", "Anna-Lena Voß", "Compliance")
            + card("blog-post-header_reviewer", "Fact-checked by", "Dr. Thomas Eppel", "Counsel")
            + "<div class='readtime'><div>6 min read</div></div></div>",
            ["Anna-Lena Voß"],
        ),
        # two writers' cards are two writers
        (
            card("blog-post_author-wrapper", "Written by", "Jess Kowalczyk")
            + card("blog-post_author-wrapper", "Written by", "Priya Raman"),
            ["Jess Kowalczyk", "Priya Raman"],
        ),
    ],
)
def test_writer_cards(panel: str, expected: list[str]) -> None:
    assert extract(page(panel), URL, fetched_at=FETCHED)["authors"] == expected
