"""A byline element stamping its post ("Posted by A on March 3, 2009 at 10:15am", "Gepostet
von A am 14. März 2009 um 21:15") beside a link ("View Blog", "Alle Blog-Beiträge
anzeigen"; Ning's ``ul.navigation.byline``, kind read in ad and en_k, issue 11) credits the
stamp's writer, not the link, on small invented pages; byline elements naming their writers
without a stamp are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://bankfolk.ning.example/profiles/blogs/why-our-branch-staff-now-tweet"
TEXT = "".join(
    f"<p>The savings bank explains in paragraph {n} why its branch staff now answer "
    "questions online and what customers should expect from the new service.</p>"
    for n in range(1, 6)
)


def authors(byline: str) -> list[str]:
    """The authors of an invented network's blog post with ``byline`` under its headline."""
    html = page_with(
        "<div id='xg_head'><a href='/'>Bankfolk</a></div><div class='xg_module'><h1>Why our "
        f"branch staff now tweet</h1>{byline}<div class='postbody'>{TEXT}</div></div>",
        "<title>Why our branch staff now tweet - Bankfolk</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    "byline",
    [
        "<ul class='navigation byline'><li><a class='nolink'>Posted by </a><a href='/profile/"
        "x'>Rosalind Teague</a><a class='nolink'> on March 3, 2009 at 10:15am</a></li><li "
        "class='right'><a href='/profiles/blog/list'>View Blog</a></li></ul>",
        "<ul class='navigation byline'><li>Gepostet von <a>Rosalind Teague</a> am 14. März "
        "2009 um 21:15</li><li><a>Alle Blog-Beiträge anzeigen</a></li></ul>",
    ],
)
def test_stamp_names_the_writer(byline: str) -> None:
    assert authors(byline) == ["Rosalind Teague"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "<p class='byline'>Von Rosalind Teague, Team Sicherheit</p>",
            ["Rosalind Teague"],
        ),
        (
            "<p class='byline'><span>Rosalind Teague</span><span>Evander Lusk</span></p>",
            ["Rosalind Teague", "Evander Lusk"],
        ),
    ],
)
def test_bylines_without_a_stamp_left_alone(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected
