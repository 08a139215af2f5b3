"""The site's editor of an agency's copy, whose name its metadata gives and whom the page
labels as such ("Bearbeitung: A", "Bearbeitet von A"), did not write it: the agencies its
source line names did. Issue 11, session 55: 3 read judges' pages up, none down. Small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://www.beispielzeitung.example/wirtschaft/banking-app-stoerung-a4711.html"
HEAD = "<meta name='author' content='Lena Beispiel'>"


def authors(tail: str) -> list[str]:
    """The authors of an agency's copy whose metadata names Lena Beispiel, ``tail`` under
    its text."""
    top = "<h1>Störung bei der Banking-App der Sparkasse</h1>"
    page = article_page(head=HEAD, top=top, tail=f"<p>Quelle: dpa</p>{tail}")
    return list(extract(page, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    "label",
    [
        "Bearbeitung: Lena Beispiel",
        "Redaktionelle Bearbeitung: Lena Beispiel, Nachrichtendesk",
        "Bearbeitet von Lena Beispiel",
    ],
)
def test_the_editor_of_an_agency_copy_is_no_writer(label: str) -> None:
    assert authors(f"<p class='article__editor'>{label}</p>") == ["dpa"]


def test_a_writer_the_page_does_not_call_its_editor_stays() -> None:
    assert "Lena Beispiel" in authors("<p>Mitarbeit: Jonas Muster</p>")
