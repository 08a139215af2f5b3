"""A post's own byline and date in a part that carries other dates (its footer, a theme's
"breadcrumb" line) is a date line: the first dated node of such a part after the headline,
labelled "Geschrieben von", "Veröffentlicht von", "Posted by" (issue 11, rd5); small pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Azubis sich wieder getroffen haben")
URL = "http://www.azubis.example/news.php?readmore=56"
# the forum's latest posts in a side cell after the text, not flagged
SIDE = "<table><tr><td><a href='#'>Neue Gebühren</a><br>10.04.2007 09:13</td></tr></table>"


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("Geschrieben von <a href='#'>admin</a> am 14.03.2007 22:13", "2007-03-14"),
        ("Posted by <a href='#'>admin</a> on March 14 2007 22:13:00", "2007-03-14"),
        # the category "Termine" is no events list's heading: its line goes on
        ("Veröffentlicht von Anna Berg in <a>Termine</a> · 14. März 2007", "2007-03-14"),
        ("Veröffentlicht von Anna Berg in <a>Termine</a>, 14. März 2007", "2007-03-14"),
        # a comment's line is no byline of the post: the side cell's day stays
        ("Kommentar von <a href='#'>Uwe</a> am 14.03.2007 22:13", "2007-04-10"),
    ],
)
def test_a_byline_in_the_posts_footer(footer: str, expected: str) -> None:
    page = (
        f"<h1>Azubi-Treffen in Talheim</h1>{TEXT}"
        f"<table class='news-footer'><tr><td>{footer}</td></tr></table>{SIDE}"
    )
    assert (published_on(page, "", URL) or "")[:10] == expected


def test_only_the_first_dated_node_of_such_parts() -> None:
    # a comment list first: a later "Geschrieben von" is a comment's, not the post's
    comments = (
        "<div class='comments'><p>Uwe am 12.03.2007 08:00</p>"
        "<p>Geschrieben von Jana am 13.03.2007 09:00</p></div>"
    )
    page = f"<h1>Azubi-Treffen in Talheim</h1>{TEXT}{comments}{SIDE}"
    assert (published_on(page, "", URL) or "")[:10] == "2007-04-10"


def test_not_on_a_page_without_a_headline() -> None:
    # no headline element: nothing tells the post's part from the comments after it
    comments = "<div class='comment'><p>Verfasst von: Gast am 14.03.2007 22:13</p></div>"
    page = f"<p><b>Azubi-Treffen in Talheim</b></p>{TEXT}{comments}{SIDE}"
    assert (published_on(page, "", URL) or "")[:10] != "2007-03-14"
