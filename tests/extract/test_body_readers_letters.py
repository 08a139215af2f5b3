"""Readers' letters listed under the article ("leserbriefe") leave the body like comments;
a page whose article is one letter ("leserbrief") keeps it (session 46, read on de_full170;
small invented pages)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.kurier.example/lokales/artikel/vr-bank-baut-um/"
LETTER = "Schön, dass die Bank investiert. Aber wo sollen die Kunden während der Bauzeit parken?"


@pytest.mark.parametrize("cls", ["leserbriefe", "wb-box-leserbriefe"])
def test_readers_letters_under_the_article_leave(cls: str) -> None:
    tail = (
        f"<div class='{cls}'><h3>Leserbriefe zu diesem Artikel</h3><div class='brief'><p>{LETTER}"
        "</p><p>Gisela Hahn, Treysa</p></div></div>"
    )
    body = extract(article_page(tail=tail), URL, fetched_at=FETCHED)["body"]
    assert "Kunden während der Bauzeit" not in body


def test_a_letter_that_is_the_page_s_article_stays() -> None:
    page = page_with(
        f"<main><article class='leserbrief'><h1>Parkplätze fehlen</h1><p>{LETTER}</p>"
        f"{paragraphs('die Parkplätze fehlen')}</article></main>"
    )
    body = extract(page, URL, fetched_at=FETCHED)["body"]
    assert "Kunden während der Bauzeit" in body
