"""A publication's author list with affiliations and no byline (a think tank's policy brief,
MkDocs Material's ``md-post__authors``; kinds read in halves N and P, issue 11): the listed
names, on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://forum-geld.example/publikationen/digitale-teilhabe/"


def card(name: str, affiliation: str) -> str:
    return f"<li><a href='/team/x'>{name}</a><span class='affiliation'>{affiliation}</span></li>"


def authors(listing: str) -> list[str]:
    top = f"<p class='kind'>Policy Brief 02/2026</p><h1>Digitale Teilhabe</h1>{listing}"
    return extract(article_page("", top), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        (
            "<div class='publication__authors'><ul class='authors'>"
            + card("Maren Hellwig", "Forum Geld und Gesellschaft")
            + card("Okan Brandt", "Universität Lindental")
            + "</ul></div>",
            ["Maren Hellwig", "Okan Brandt"],
        ),
        (
            "<div class='post-authors'>"
            + "<div><strong>Kai Uwe Brandes</strong><span>Kernteam</span></div>"
            + "</div>",
            ["Kai Uwe Brandes"],
        ),
        # a list whose cards open with no name (topics) credits nobody
        (
            "<div class='publication__authors'><ul><li>Digitales</li><li>Banken</li></ul></div>",
            [],
        ),
    ],
)
def test_listed_authors(listing: str, expected: list[str]) -> None:
    assert authors(listing) == expected
