"""Titles on pages nobody tuned on: kinds of metadata titles, each on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://www.verein-beispiel.example/aktuelles/bank-auf-instagram/"


def title_of(page: bytes) -> str:
    return extract(page, URL, fetched_at=FETCHED)["title"]


@pytest.mark.parametrize(
    ("head_title", "top", "expected"),
    [
        # the metadata title names only the page's kind: the section heading is no headline
        (
            "Verein Beispiel - Aktuelles",
            "<h2>Aktuelles</h2><h1>Die Bank antwortet auf Instagram</h1>",
            "Die Bank antwortet auf Instagram",
        ),
        (
            "Neuigkeiten | Verein Beispiel",
            "<h3>Neuigkeiten</h3><h1>Die Bank antwortet auf Instagram</h1>",
            "Die Bank antwortet auf Instagram",
        ),
        # left alone: a metadata title that is a headline still confirms the heading
        (
            "Die Bank antwortet auf Instagram - Verein Beispiel",
            "<h2>Aktuelles</h2><h2>Die Bank antwortet auf Instagram</h2>",
            "Die Bank antwortet auf Instagram",
        ),
    ],
)
def test_a_title_naming_the_pages_kind_confirms_no_heading(
    head_title: str, top: str, expected: str
) -> None:
    assert title_of(article_page(f"<title>{head_title}</title>", top)) == expected
