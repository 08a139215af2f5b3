"""An author box's parts that are nobody's name (kind read in en_ba, issue 11, session 41):
its heading in the name's markup ("<b class='author-name fn'>About the author</b>", "Über
die Autorin") once its role word is cut, and its links to follow the writer ("Instagram",
"Threads" in "author-follow"). The box's writer is found where a login posted the page."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://pfennigblog.example/2025/05/04/drei-konten-ein-monat/"
TEXT = "".join(
    f"<p>In week {n} I moved my salary, my rent and my savings between the three apps and "
    "wrote down every fee, every delay and every message their support teams sent me.</p>"
    for n in range(1, 6)
)
LOGIN = (
    "<p class='entry-meta'><span class='posted-by'>By <span class='author vcard'><a "
    "class='url fn n' href='/author/admin/'>admin</a></span></span></p>"
)


def box(heading: str, follow: str) -> str:
    """An author box below the post: ``heading`` in the name's markup, then a bio naming
    the writer, then ``follow``."""
    return (
        "<div class='entry-author author-box'><div class='entry-author-profile author-profile "
        "vcard'><div class='entry-author-avatar'><img alt='' src='/a.jpg'></div><b "
        f"class='entry-author-name author-name fn'>{heading}</b><div class='author-bio'><p>"
        "Hi, I'm <strong>Ilka Brennecke</strong>. I worked in bank branches for nine years "
        f"before writing about money.</p></div>{follow}</div></div>"
    )


def authors(after: str, jsonld_author: str | None = "admin") -> list[str]:
    """The authors of an invented blog post posted by a login, ``after`` below its text."""
    head = "<title>Three current accounts, one month</title>"
    if jsonld_author:
        data = {"@type": "BlogPosting", "headline": "Three current accounts, one month",
                "author": {"@type": "Person", "name": jsonld_author}}  # fmt: skip
        head += f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    html = page_with(
        f"<main><article><h1>Three current accounts, one month</h1>{LOGIN}"
        f"<div class='entry-content'>{TEXT}</div>{after}</article></main>",
        head,
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


FOLLOW = (
    "<div class='entry-author-follow author-follow'><a class='social-button' "
    "href='https://instagram.example/pfennigblog'>Instagram</a> <a class='social-button' "
    "href='https://threads.example/@pfennigblog'>Threads</a></div>"
)


@pytest.mark.parametrize("heading", ["About the author", "Über die Autorin", "Über den Autor"])
@pytest.mark.parametrize("jsonld_author", ["admin", None])
def test_box_heading_and_follow_links_name_nobody(heading: str, jsonld_author: str | None) -> None:
    assert authors(box(heading, FOLLOW), jsonld_author) == ["Ilka Brennecke"]


@pytest.mark.parametrize("follow", ["", FOLLOW])
def test_a_name_in_the_box_markup_stays(follow: str) -> None:
    assert authors(box("Ilka Brennecke", follow)) == ["Ilka Brennecke"]


def test_follow_links_alone_name_nobody() -> None:
    assert authors(FOLLOW, None) == []
