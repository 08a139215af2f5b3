"""A credit for the text and the picture ("Text und Bild: A", "Text & Bild: A") names the
writer as "Text und Bilder: A" does (the patterns read "Bild" and "Bilder" alike)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.beispielzeitung.example/wirtschaft/sparkasse-startet-kanal-12345.html"
TEXT = "".join(
    f"<p>Im {n}. Absatz berichten wir, warum die Sparkasse einen eigenen Kanal startet, "
    "wer ihn betreut und was Kundinnen und Kunden davon haben.</p>"
    for n in range(1, 6)
)


@pytest.mark.parametrize(
    "line",
    [
        "Text und Bild: Anna Beispiel",
        "Text & Bild: Anna Beispiel",
        "Text und Bilder: Anna Beispiel",
    ],
)
def test_text_and_picture_credit(line: str) -> None:
    body = (
        "<main><article><h1>Sparkasse startet eigenen Kanal</h1>"
        f"<div class='meta'><span>{line}</span></div>{TEXT}</article></main>"
    )
    assert extract(page_with(body), URL, fetched_at=FETCHED)["authors"] == ["Anna Beispiel"]
