"""A post heading with no heading tag, a block classed as one ("<div class='headb'>",
"<p class='ueberschrift'>") after a site's name over its news section, is the title
(:data:`~newsarchive.extract.data.POST_HEADING_CLASS`, issue 11); a post's head classed so
that holds links and a time ("<div class='status-head'>") is none. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import CLUB_HEAD, CLUB_SITE, CLUB_TEXT, CLUB_URL, FETCHED, page_with

from newsarchive.extract import extract

URL, SITE, HEAD, TEXT = CLUB_URL, CLUB_SITE, CLUB_HEAD, CLUB_TEXT


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        (f"<div class='headb'>{HEAD}</div>", HEAD),
        (f"<p class='ueberschrift'>{HEAD}</p>", HEAD),
        (f"<div class='news_title'><span>{HEAD}</span></div>", HEAD),
        # a post's head with a link and a time: no heading
        (
            "<div class='status-head'><a href='/u/ole'>Ole vom Stammtisch</a> "
            "<time datetime='2008-03-12'>12.03.2008</time></div>",
            SITE,
        ),
    ],
)
def test_classed_heading(post: str, expected: str) -> None:
    html = page_with(
        f"<h1>{SITE}</h1><div class='content'>{post}{TEXT}</div>",
        f"<title>{SITE}: Neuigkeiten</title>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["title"] == expected
