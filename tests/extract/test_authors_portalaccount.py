"""A team's account in a portal's byline ("Geschrieben von admin", XOOPS and PHP-Nuke-like
portals) over a person's byline opening the post (kind read in half AP, issue 11): the
person is the author; with no byline near, nothing changes."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "http://wirtschaftsnetz.example/modules/news/article.php?storyid=77"


def authors(poster: str, opening: str) -> list[str]:
    html = (
        "<html><head><meta charset='utf-8'><title>Wirtschaftsnetz - News</title></head><body>"
        "<div class='item'><div class='itemHead'><span class='itemTitle'><a>Banken</a>: "
        "Kreissparkasse eröffnet Gründerzentrum</span></div><div class='itemInfo'>"
        f"<span class='itemPoster'>Geschrieben von {poster}</span> "
        "<span class='itemPostDate'>am 25.09.2003</span> "
        "<span class='itemStats'>(361 mal gelesen)</span></div><div class='itemBody'>"
        f"{opening}{paragraphs('sie ein Gründerzentrum eröffnet', 4)}</div></div></body></html>"
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("poster", "opening", "expected"),
    [
        ("admin", "<p>Von Anna Roth</p>", ["Anna Roth"]),
        ("redaktion", "<p>Von Anna Roth und Jan Ulm</p>", ["Anna Roth", "Jan Ulm"]),
        # a person posting: the poster, not a name further down
        ("Eva Bott", "<p>Von Anna Roth</p>", ["Eva Bott"]),
    ],
)
def test_account_over_byline(poster: str, opening: str, expected: list[str]) -> None:
    assert authors(poster, opening) == expected
