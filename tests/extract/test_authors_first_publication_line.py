"""A line giving the first publication's day, "Erstveröffentlichung: 12. März 2024 · …",
names no source (session 63): its day was read as the publisher a copy came from, and that
day stood as the author of a blog crediting its owner by a given name (read on de_full611;
an agency's dateline had lost to it on de_full435). A line naming a publisher there is a
source line still. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

URL = "https://www.janas-haushaltsbuch.example/2024/03/12/februar-haushaltsbuch/"
HEAD = (
    '<meta property="og:site_name" content="Janas Haushaltsbuch">'
    '<meta name="author" content="Jana">'
)


def _page(first: str) -> str:
    text = paragraphs("die Familie ein Haushaltsbuch in der Banking-App führt")
    return f"<h1>Unser Februar im Haushaltsbuch</h1><p><em>{first}</em></p>{text}"


def test_a_first_publication_day_is_no_writer() -> None:
    first = "Erstveröffentlichung: 12. März 2024 · enthält unbezahlte Nennung einer Bank"
    found = extracted(_page(first), URL, HEAD)
    assert (found["authors"], found["source"]) == (["Jana"], None)


@pytest.mark.parametrize("publisher", ["Weser-Kurier", "Familienblog Nord"])
def test_a_first_publication_in_a_paper_is_its_source(publisher: str) -> None:
    found = extracted(_page(f"Erstveröffentlichung: {publisher}"), URL, HEAD)
    assert found["source"] == publisher
