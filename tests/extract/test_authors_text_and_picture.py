"""A credit for the text and the picture ("Text und Bild: A", "Text & Bild: A") names the
writer as "Text und Bilder: A" does (the patterns read "Bild" and "Bilder" alike)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://www.beispielzeitung.example/wirtschaft/banken-im-netz-12345.html"


@pytest.mark.parametrize(
    "line",
    [
        "Text und Bild: Anna Beispiel",
        "Text & Bild: Anna Beispiel",
        "Text und Bilder: Anna Beispiel",
    ],
)
def test_text_and_picture_credit(line: str) -> None:
    top = f"<h1>Sparkasse startet eigenen Kanal</h1><div class='meta'><span>{line}</span></div>"
    assert extract(article_page(top=top), URL, fetched_at=FETCHED)["authors"] == ["Anna Beispiel"]
