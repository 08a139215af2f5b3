"""The English author label ("Author:", "Authors: A, B" over a discussion paper,
``<dt>Author</dt><dd>A</dd>`` on an adviser's site, "Author(s):") before the name, read as the
German "Autor:" and "Verfasser:" are (issue 11, ra35's authors round, re-judged in session 18);
small invented pages."""

from __future__ import annotations

import re

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.data.credits import AUTHOR_LABEL_WORD

URL = "https://www.savings-letters.example/papers/branch-networks-and-deposits"
TEXT = "".join(
    f"<p>In the {n}. quarter several savings banks rebuilt their branches again, while the "
    "direct banks widened what they offer on the phone and in their apps.</p>"
    for n in range(1, 5)
)


def authors(fields: str) -> list[str]:
    html = page_with(
        "<div id='header'><a class='logo'>Savings Letters</a></div><div id='content'>"
        f"<h1 class='title'>Branch networks and deposits</h1>{fields}"
        f"<div class='field-name-body'>{TEXT}</div></div>",
        "<title>Branch networks and deposits | Savings Letters</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ("<dl><dt>Author</dt><dd>Malcolm Hayes</dd></dl>", ["Malcolm Hayes"]),
        ("<p>Authors: Malcolm Hayes, Kira Brandt</p>", ["Malcolm Hayes", "Kira Brandt"]),
        (
            "<table><tr><td><b>Author(s):</b></td><td>Ruth Calder</td></tr></table>",
            ["Ruth Calder"],
        ),
        # guards: the label before a group, or no label at all: nobody
        ("<dl><dt>Author</dt><dd>Editorial team</dd></dl>", []),
        ("<dl><dt>Category</dt><dd>Malcolm Hayes</dd></dl>", []),
    ],
)
def test_english_label_before_the_name(fields: str, expected: list[str]) -> None:
    assert authors(fields) == expected


@pytest.mark.parametrize("word", ["Author", "Authors", "Author(s)", "Autor(en)", "Verfasser"])
def test_label_words(word: str) -> None:
    assert re.fullmatch(AUTHOR_LABEL_WORD, word, re.IGNORECASE)
