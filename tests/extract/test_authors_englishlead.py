"""An English byline opening a text node, "by" its lead ("By A", "by A" under "Posted on
April 12, 2016", "Posted by A on Tuesday, January 25, 2005 @ 14:05:09 GMT", "Posted by A @
9:40 PM"; kind read in en_s, en_g and by, issue 11), on small invented pages; a job title
after the name ("by A, Social Media Care Lead") is no author, and a sentence opening with
"By" or a login after "by" are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.englishlead import english_by_lead

URL = "http://www.harwick-mutual.example/news/fake-e-mails.html"
TEXT = "".join(
    f"<p>The building society explains in paragraph {n} why it now answers questions online "
    "and what members should expect from the new service in the branch.</p>"
    for n in range(1, 6)
)


def authors(byline: str, meta: str = "") -> list[str]:
    """The authors of an invented news post with ``byline`` between headline and text."""
    html = page_with(
        "<header><a href='/'>Harwick Mutual</a></header><main><h1>Fake e-mails: what to look "
        f"for</h1><article><section class='post-head'>{byline}</section><section>{TEXT}"
        "</section></article></main><footer>Harwick Mutual Ltd</footer>",
        f"<title>Fake e-mails: what to look for</title>{meta}",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Rosalind Teague", ["Rosalind Teague"]),
        ("Posted on April 12, 2016<br>by Rosalind Teague", ["Rosalind Teague"]),
        (
            "Posted by Rosalind Teague on Tuesday, January 25, 2005 @ 14:05:09 GMT (587 reads)",
            ["Rosalind Teague"],
        ),
        ("Posted by Rosalind Teague @ 9:40 PM", ["Rosalind Teague"]),
        ("By Rosalind Teague and Evander Lusk · 8 July 2026 · 4 min read",
         ["Rosalind Teague", "Evander Lusk"]),
        # each writer's job title after her name (a bank's research: session 36, en_au)
        ("By Rosalind Teague, Chief Economist, and Evander Lusk, Senior Economist",
         ["Rosalind Teague", "Evander Lusk"]),
    ],
)  # fmt: skip
def test_english_by_lead_names_the_writer(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected


def test_job_title_after_the_name_is_no_author() -> None:
    meta = (
        '<script type=\'application/ld+json\'>{"@type": "BlogPosting", "author": '
        '{"@type": "Person", "name": "Rosalind Teague"}}</script>'
    )
    assert authors("by Rosalind Teague, Social Media Care Lead", meta) == ["Rosalind Teague"]


@pytest.mark.parametrize(
    "text",
    [
        "By the way, the branch stays open.",  # a sentence, no name
        "By Monday the branch opens again at nine",  # no name either
        "Posted by admin on March 3, 2005",  # a login: the German forms read it
        "Photo by Rosalind Teague",  # "by" not opening the text
    ],
)
def test_other_texts_left_alone(text: str) -> None:
    assert english_by_lead(text) is None
