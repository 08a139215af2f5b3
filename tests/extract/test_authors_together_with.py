"""A line of its own naming a second writer after "Gemeinsam mit" ("Gemeinsam geschrieben
mit Svenja Ortmann", "Gemeinsam mit Piet Otten erarbeitet und vorgetragen.") adds that
writer to the byline's one; a sentence of the text that names a partner ("Gemeinsam mit der
Sparkasse …") adds nobody. Issue 11, session 58: 5 read judges' authors up (bc, bd, bp, bz,
ca), none down, dev unchanged. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

URL = "https://www.kontonotizen.example/2024/04/belege-aufheben/"


def authors(line: str) -> list[str]:
    """The authors of a post by Lea Brandstätter closing with the paragraph ``line``."""
    article = (
        "<h1>Belege aufheben: Was die Bank wirklich braucht</h1>"
        "<p class='byline'>Von Lea Brandstätter</p>"
        f"{paragraphs('man Belege aufheben sollte', 3)}<p><em>{line}</em></p>"
    )
    return extracted(article, URL)["authors"]


@pytest.mark.parametrize(
    "line",
    [
        "Gemeinsam geschrieben mit Can Yılmaz.",
        "Gemeinsam mit Can Yılmaz",
        "Gemeinsam mit Can Yılmaz erarbeitet und vorgetragen.",
    ],
)
def test_a_together_line_adds_the_co_writer(line: str) -> None:
    assert authors(line) == ["Lea Brandstätter", "Can Yılmaz"]


def test_a_sentence_naming_a_partner_adds_nobody() -> None:
    line = "Gemeinsam mit der Sparkasse Musterstadt bieten wir im Mai einen Kurs an."
    assert authors(line) == ["Lea Brandstätter"]
