"""A reporter's credit lead before the name ("Es berichtet für Sie: Name" over a live blog;
kind read in half P, issue 11): the name, on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://rundschau.example/wirtschaft/live-stoerung-onlinebanking-104822.html"


def authors(credit: str) -> list[str]:
    top = f"<h1>Störung beim Onlinebanking</h1><div class='liveblog__credit'>{credit}</div>"
    return extract(article_page("", top), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Es berichtet für Sie: <strong>Tobias Henneking</strong>", ["Tobias Henneking"]),
        ("Es berichten: Jana Wittkopf und Sören Ladiges", ["Jana Wittkopf", "Sören Ladiges"]),
        # a sentence about what someone reported is no credit
        ("Die Sprecherin berichtet für Sie alles Wichtige.", []),
    ],
)
def test_reporter_lead(credit: str, expected: list[str]) -> None:
    assert authors(credit) == expected
