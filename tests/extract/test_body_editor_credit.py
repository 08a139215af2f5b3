"""Notes closing a text that are no part of it: the site's editor's credit ("Redaktionelle
Bearbeitung: A", "Bearbeitet von: A (Online-Redaktion)"), a wire copy's note with words
between "automatisch" and "übernommen" and a "Hinweis:" label before it, and a print
edition's pointer ("Diesen Artikel lesen Sie auch in der gedruckten Ausgabe vom …").
Issue 11, session 56: 3 read judges' snippets up (de_full336, de_full351), none down. Small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, extracted

URL = "https://www.musterzeitung.example/lokales/prozess-gegen-bankberater-a1234.html"
HEADLINE = "<h1>Prozess gegen früheren Bankberater</h1>"


def body(tail: str) -> str:
    """The body of a report closed by ``tail``."""
    return str(extracted(f"{HEADLINE}{ARTICLE}{tail}", URL)["body"])


@pytest.mark.parametrize(
    "note",
    [
        "<p>Redaktionelle Bearbeitung: Jana Beispiel</p>",
        "<p>Bearbeitet von: Jana Beispiel (Online-Redaktion)</p>",
        "<p>Hinweis: Dieser Text wurde automatisch aus dem dpa-Nachrichtenangebot übernommen "
        "und von der Redaktion nicht bearbeitet.</p>",
        "<p>Diesen Artikel lesen Sie auch in der gedruckten Ausgabe vom 15.03.2025.</p>",
    ],
)
def test_a_closing_note_leaves_the_text(note: str) -> None:
    assert note[3:20] not in body(note)


def test_a_sentence_of_the_text_about_taking_over_stays() -> None:
    line = "<p>Jede Umschichtung im Musterdepot wird automatisch in die App übernommen.</p>"
    assert "Umschichtung" in body(line)
