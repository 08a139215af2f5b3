"""An English byline with a craft label before "by" or the writer's role after the name
("Contributed by: A on …", "— Submitted by A, Security Officer", "Given by A, Assistant
Governor", "By A, Head of Customer Care", "May 11, 2004 - by A"; kind read in en_c, en_f,
en_k, en_l, en_m, en_o and en_t, issue 11), on small invented pages; a comma part that is
no role, a photo credit and a sentence opening with "By" are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.enlabelby import english_label_by, roled_joiner

URL = "http://www.fernley-savings.example/news/branch-hours.html"
TEXT = "".join(
    f"<p>The savings bank explains in paragraph {n} why its branches open later on Mondays "
    "and what members should expect from the new hours in the spring.</p>"
    for n in range(1, 6)
)


def authors(head: str = "", tail: str = "") -> list[str]:
    """The authors of an invented news post with ``head`` under its headline and ``tail``
    after its text."""
    html = page_with(
        "<header><a href='/'>Fernley Savings</a></header><main><h1>New branch hours from "
        f"April</h1><article><div class='meta'>{head}</div><section>{TEXT}<p><i>{tail}</i></p>"
        "</section></article></main><footer>Fernley Savings Bank</footer>",
        "<title>New branch hours from April</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Contributed by: Marian Thorpe on Tuesday, February 12 2008 @ 8:30 AM GMT",
         ["Marian Thorpe"]),
        ("Given by Marian Thorpe, Deputy Governor, Consumer Protection", ["Marian Thorpe"]),
        ("By Marian Thorpe, Head of Member Services", ["Marian Thorpe"]),
        ("Story by Marian Thorpe", ["Marian Thorpe"]),
        ("Guest entry by Marian Thorpe, mortgage adviser", ["Marian Thorpe"]),
        ("May 11, 2004 - by Marian Thorpe", ["Marian Thorpe"]),
        ("Story by Marian Thorpe and Idris Calloway", ["Marian Thorpe", "Idris Calloway"]),
    ],
)  # fmt: skip
def test_labelled_byline_names_the_writer(head: str, expected: list[str]) -> None:
    assert authors(head=head) == expected


def test_submitted_line_closing_the_text_names_the_writer() -> None:
    assert authors(tail="— Submitted by Marian Thorpe, Security Officer") == ["Marian Thorpe"]


@pytest.mark.parametrize(
    "text",
    [
        "Submitted by Marian Thorpe, Idris Calloway",  # a second name, no role
        "Photo by Marian Thorpe, Getty Images",  # a photo credit
        "By Tuesday the branches will open at nine",  # a sentence
        "Story by the press office",
    ],
)
def test_left_alone(text: str) -> None:
    assert english_label_by(text) is None


@pytest.mark.parametrize(
    "head",
    [
        "By Marian Thorpe, Senior Editor, and Idris Calloway, Contributor",
        "By Marian Thorpe, Senior Editor and Idris Calloway",
        # each name linked, the first one's role between them (session 50, en_bl and en_bm)
        "By <a href='/author/mt/'>Marian Thorpe</a>, Senior Editor, and "
        "<a href='/author/ic/'>Idris Calloway</a>, Contributor",
        "<span>By</span> <a href='/author/mt/'>Marian Thorpe</a>, Senior Editor and "
        "<a href='/author/ic/'>Idris Calloway</a>, Contributor",
    ],
)
def test_two_writers_each_with_a_role(head: str) -> None:
    assert authors(head=head) == ["Marian Thorpe", "Idris Calloway"]


@pytest.mark.parametrize(
    ("text", "joiner"),
    [
        (", Senior Editor, and", "and"),
        (", Redakteurin, und", "und"),
        (", Fernley, and", None),  # a place, no role
        (", and", None),  # no role at all: the plain joiner's case
    ],
)
def test_a_role_between_two_linked_names(text: str, joiner: str | None) -> None:
    assert roled_joiner(text) == joiner
