"""Byline markup in camel-case class names ("hkAuthorName", "ArticleAuthor"), AH's kind
(issue 11): read like a lower-case class containing "author" on inline elements. Small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.markupbylines import markup_bylines
from newsarchive.extract.parsing import parse

URL = "https://handelsbote.example/banken/filialen-schliessen/4471230.html"
TEXT = "".join(
    f"<p>Im {n}. Quartal in Folge schließen die Institute mehr Filialen, als sie eröffnen, "
    "und die Kundschaft auf dem Land zahlt dafür mit längeren Wegen.</p>"
    for n in range(1, 6)
)


def page(byline: str) -> bytes:
    return page_with(
        f"<div class='hbArticle'><h1>Filialen schließen</h1>{byline}"
        f"<div class='hbText'>{TEXT}</div></div>",
        "<title>Filialen schließen</title>",
    )


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "<div class='hbAuthor'><span class='hbAuthorName'>Carla Wendt und Ole Brink"
            " | Frankfurt</span></div>",
            ["Carla Wendt", "Ole Brink"],
        ),
        (
            "<p class='ArticleByline'><span class='ArticleAuthor'>Carla Wendt</span></p>",
            ["Carla Wendt"],
        ),
        # a block of that class is an author card, not a byline; a commenter, a login and
        # an organisation's account are no authors
        ("<span class='postAuthor'>sparfuchs_77</span>", []),
        ("<span class='postAuthor'>Sparkasse Elbtal</span>", []),
        (
            "<p class='reply'><span class='CommentAuthor'>Carla Wendt</span> schreibt: Gut so.</p>",
            [],
        ),
        ("<div class='noteAuthor'><a class='profileLink'>Finanzblog Elbtal</a></div>", []),
        ("<span class='AuthorName'>Carla Wendt</span>", ["Carla Wendt"]),
        # the lower-case classes as before; a class naming several authors' list is none
        ("<span class='author-name'>Carla Wendt</span>", ["Carla Wendt"]),
    ],
)
def test_camel_case_byline_classes(byline: str, expected: list[str]) -> None:
    assert extract(page(byline), URL, fetched_at=FETCHED)["authors"] == expected


def test_an_authors_list_class_is_no_byline_markup() -> None:
    # (a class naming several authors' list is none; the page itself credits a name alone
    # under the headline since session 54: headname.py)
    tree = parse("<ul class='hbAuthorsList'><li>Carla Wendt</li></ul>")
    assert markup_bylines(tree) == []
