"""Titles on weblog and portal pages whose <title> is only the site's name, the banner over
the post's own line with a sidebar between them (a menu, a calendar, "Recent posts"
links): the gap allowed between them counts the page's own text only (issue 11), on small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED

from newsarchive.extract import extract
from newsarchive.extract.pagegap import own_gap
from newsarchive.extract.parsing import parse

NAME = "Kettle Lane Weblog"
POST = "Our new savings account opens on Monday"
TEXT = "".join(
    f"<p>In the {n}. paragraph the broker explains which savings account suits a family "
    "budget and what the new interest rate means for small savers.</p>"
    for n in range(1, 5)
)
RECENT = "".join(
    f"<div><a href='/2004/0{n}/'>Why our {n}. branch now opens on Saturday mornings</a></div>"
    for n in range(1, 5)
)
URL = "http://kettlelane.weblogs.example/2004/09/14"


def page(between: str, *, title: str = NAME) -> bytes:
    """An invented weblog day page: the banner, ``between``, the post's bold line, its text."""
    return (
        f"<html><head><title>{title}</title></head><body><table><tr><td colspan='2'>"
        f"<h1>{NAME}</h1><i>Notes from a small insurance broker</i></td></tr><tr>{between}"
        f"<td><div class='dayHeader'><b>Tuesday, September 14, 2004</b></div><p><b>{POST}"
        f"</b></p>{TEXT}</td></tr></table></body></html>"
    ).encode()


SIDE_COLUMN = (
    "<td width='150'><a href='/'>Home</a><br><a href='/stories'>Stories</a><br>"
    "<a href='/discuss'>Discuss</a><br><div><b>September 2004</b></div>"
    f"<div><b>Recent Posts</b>{RECENT}</div></td>"
)
SIDEBAR = (
    "<td><div id='sidebar'><a href='/'>Home</a> <a href='/about'>About us</a>"
    "<div class='calendar'><b>September 2004</b> 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18"
    f" 19 20 21 22 23 24 25 26 27 28 29 30</div><b>Archive</b>{RECENT}</div></td>"
)


@pytest.mark.parametrize("between", [SIDE_COLUMN, SIDEBAR])
def test_the_post_under_the_banner_past_a_sidebar_is_the_headline(between: str) -> None:
    assert extract(page(between), URL, fetched_at=FETCHED)["title"] == POST


def test_the_pages_own_text_between_them_keeps_the_name() -> None:
    intro = "".join(
        f"<p>Welcome to our {n}. page of notes about savings, mortgages and claims.</p>"
        for n in range(1, 5)
    )
    assert extract(page(f"<td>{intro}</td>"), URL, fetched_at=FETCHED)["title"] == NAME


def test_the_gap_counts_no_links_and_no_sidebar() -> None:
    tree = parse(page(SIDEBAR).decode())
    # the tagline and the day header only: "Notes from ..." (35) and the day (27)
    assert own_gap(tree, NAME, POST) == 35 + 1 + 27 + 1


def test_no_gap_where_the_post_comes_first() -> None:
    tree = parse(page(SIDEBAR).decode())
    assert own_gap(tree, POST, NAME) is None
