"""A profile box: the owner's full name alone in an element classed or named "profile"
names the journal's, member page's or personal blog's writer where nothing else names
anyone (:func:`~newsarchive.extract.profilebox.profile_box`; kind read in ad, ba, bt,
en_l, en_o, issue 11). Small invented pages; a byline, a login, a commenter's profile and
two boxes with two names are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://journal.pennyjar.example/2008/03/why-i-moved-my-savings"
TEXT = "".join(
    f"<p>For {n} years I kept my savings at the branch round the corner, and every time the "
    "rate dropped I told myself I would move them next month.</p>"
    for n in range(2, 6)
)
HEADLINE = "Why I finally moved my savings"


def authors(side: str, byline: str = "", after: str = "") -> list[str]:
    """The authors of an invented journal page with ``side`` in its side column."""
    html = page_with(
        f"<table><tr><td id='sideCol'>{side}</td><td><h1>{HEADLINE}</h1>{byline}"
        f"<p class='date'>March 4, 2008</p>{TEXT}{after}</td></tr></table>",
        f"<title>{HEADLINE}</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("side", "expected"),
    [
        (
            "<div class='module profile'><img src='/me.jpg' alt=''><p class='name'>Hollis Grant"
            "</p><p>Dayton, Ohio</p></div>",
            ["Hollis Grant"],
        ),
        (
            "<div id='profilBox'><b>Jessica Lorenz</b><br>(jessy_91)<br>16, Lindau</div>",
            ["Jessica Lorenz"],
        ),
    ],
)
def test_profile_box_credited(side: str, expected: list[str]) -> None:
    assert authors(side) == expected


BOX = "<div class='profile'><p>Hollis Grant</p></div>"


@pytest.mark.parametrize(
    ("side", "byline", "after", "expected"),
    [
        # a byline names the writer
        (BOX, "<p class='byline'>By Ravi Khanna</p>", "", ["Ravi Khanna"]),
        # a login; a commenter's profile; two boxes with two names
        ("<div class='profile'><p>penny_jar_77</p></div>", "", "", []),
        ("", "", "<div class='comments'><div class='profile'><p>Ravi Khanna</p></div></div>", []),
        (BOX + "<div class='profile-card'><p>Ravi Khanna</p></div>", "", "", []),
    ],
)
def test_profile_box_left_alone(side: str, byline: str, after: str, expected: list[str]) -> None:
    assert authors(side, byline, after) == expected


def test_box_texts_are_xpaths_text_nodes_in_order() -> None:
    # the lazy walk reads what ".//text()[not(parent::script or parent::style)]" lists, with
    # the element each text stands in (a tail's is its element's parent); page trees hold
    # no comments (the parser drops them)
    from lxml import etree, html

    from newsarchive.extract.profilebox import _texts

    box = html.fromstring(
        "<div class='profile'>Von <b>Anna <i>Berg</i> hier</b> und<script>var a;</script>"
        "nach<style>p{}</style>Ende<p>Zeile<br>zwei</p>Schluss</div>"
    )
    listed = etree.XPath(".//text()[not(parent::script or parent::style)]")(box)
    expected = [(str(t), t.getparent().getparent() if t.is_tail else t.getparent()) for t in listed]
    assert list(_texts(box)) == expected
    assert [t for t, _ in expected][:3] == ["Von ", "Anna ", "Berg"]
