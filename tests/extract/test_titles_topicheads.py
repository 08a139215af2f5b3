"""A story's title shown after its topic's link and a colon that ends the ``<title>`` is the
headline ("<a>Member News</a> : Headline" under "Site - Member News - Headline"; issue 11,
:mod:`~newsarchive.extract.topicheads`), on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.parsing import parse
from newsarchive.extract.topicheads import topic_headline

URL = "http://www.kestrelmoor-cu.example/modules/news/article.php?storyid=41"
TEXT = "".join(
    f"<p>In part {n} the credit union explains how members sign in, which accounts they "
    "can see and where to ask when something does not work as expected.</p>"
    for n in range(1, 4)
)
BANNER = "<table><tr><td><font size='5'><b>Kestrelmoor Credit Union</b></font></td></tr></table>"
SIDE = "<div class='sidebar'><b>Who's Online</b><p>3 guests</p></div>"


def story(line: str) -> str:
    """The XOOPS story table: the topic's link and the title, then the text."""
    return (
        f"{BANNER}{SIDE}<table><tr><td><span class='itemTitle'>{line}</span></td></tr>"
        f"<tr><td>{TEXT}</td></tr></table>"
    )


@pytest.mark.parametrize(
    "head",
    [
        "<title>Kestrelmoor Credit Union - Member News - Members can now pay by phone</title>",
        "<title>Kestrelmoor Credit Union :: Members can now pay by phone</title>",
    ],
)
def test_the_story_after_its_topic_is_the_headline(head: str) -> None:
    page = page_with(story("<a href='#'>Member News</a> : Members can now pay by phone"), head)
    assert extract(page, URL, fetched_at=FETCHED)["title"] == "Members can now pay by phone"


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        # the text after the link does not end the <title>
        ("<a href='#'>Member News</a> : Opening hours", "Kestrelmoor Credit Union - Member News"),
        # a label before the link: not the topic opening the story's title
        (
            "Filed under <a href='#'>Member News</a> : Members can now pay by phone",
            "Kestrelmoor Credit Union - Members can now pay by phone",
        ),
        # one word after the colon: a label's value, not a story's title
        ("<a href='#'>Topic</a> : Savings", "Kestrelmoor Credit Union - Savings"),
        # the <title> holds the text without a separator before it
        ("<a href='#'>News</a> : pay by phone", "Members can now pay by phone"),
    ],
)
def test_other_lines_leave_the_title(line: str, shown: str) -> None:
    tree = parse(f"<html><body>{story(line)}</body></html>")
    assert topic_headline(tree, "Kestrelmoor Credit Union", [shown]) == ""
