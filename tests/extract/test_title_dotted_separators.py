"""Old portals' dotted colons (".:.", ":.:", "::.") separate the site's name from the
headline in ``<title>`` like "::" (data.TITLE_SEPARATORS; kind read on de_full99, session 33,
issue 11). Small invented pages; a colon inside the headline stays."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, FETCHED, page_with

from newsarchive.extract import extract

URL = "http://www.netzgeld-news.example/artikel.php?id=2041"
HEADLINE = "Online-Banking: Jeder dritte Deutsche überweist per Internet"


@pytest.mark.parametrize("separator", [".:.", ":.:", "::."])
def test_dotted_separator_cuts_the_site(separator: str) -> None:
    html = page_with(
        "<table><tr><td><a href='/'><img src='/logo.gif' alt='NetzGeld News'></a></td></tr>"
        f"<tr><td><b>{HEADLINE}</b>{ARTICLE}</td></tr></table>",
        f"<title>NetzGeld News {separator} {HEADLINE}</title>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["title"] == HEADLINE
