"""A site's name over a post on a "Site - Aktuelles" page: the <title> names the site and its
news section, the <h1> the site alone; the post's own heading after it (an <h2>, a lone bold
line) is the title (:mod:`~newsarchive.extract.sitesection`, issue 11). Where no post
heading follows (a list's heading, a label), the <h1> stays. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import CLUB_HEAD, CLUB_SITE, CLUB_TEXT, CLUB_URL, FETCHED, page_with

from newsarchive.extract import extract

URL, SITE, HEAD, TEXT = CLUB_URL, CLUB_SITE, CLUB_HEAD, CLUB_TEXT
MORE = "<h3>Weitere Neuigkeiten</h3><ul><li><a href='/x'>Grillabend am See</a></li></ul>"
TABLE = f"<table><tr><td><h1>{SITE}</h1></td></tr><tr><td>{{post}}{TEXT}{MORE}</td></tr></table>"
BLOCKS = f"<h1 class='page-header'>{SITE}</h1><div class='content'>{{post}}{TEXT}</div>{MORE}"


@pytest.mark.parametrize(
    ("layout", "head_title", "post", "expected"),
    [
        (TABLE, f"{SITE}: Neuigkeiten", f"<h2>{HEAD}</h2>", HEAD),
        (TABLE, f"{SITE} - Aktuelles", f"<h2>{HEAD}</h2>", HEAD),
        (BLOCKS, f"{SITE}: Neuigkeiten", f"<h2>{HEAD}</h2>", HEAD),
        (BLOCKS, f"{SITE} | News", f"<p><b>{HEAD}</b></p>", HEAD),
        # only a label ending in a colon after the site's name: no post heading
        (BLOCKS, f"{SITE}: Neuigkeiten", "<h2>Termine:</h2>", SITE),
        # no post heading after the site's name: only a list's heading follows
        (TABLE, f"{SITE}: Neuigkeiten", "", SITE),
    ],
)
def test_site_section_title(layout: str, head_title: str, post: str, expected: str) -> None:
    html = page_with(layout.format(post=post), f"<title>{head_title}</title>")
    assert extract(html, URL, fetched_at=FETCHED)["title"] == expected
