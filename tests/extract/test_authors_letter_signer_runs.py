"""An open letter's signers under its greeting, one a line, each alone or with its role
after a comma or in brackets ("Mit freundlichen Grüßen" / "Dr. Helga Brenninger, 1.
Vorsitzende" / "Klaus-Peter Amling, Schatzmeister" / "Heimatverein Kröv-Moselufer e.V."),
where the run ends the text or a sender's line follows ("für die Bürgerinitiative …").
Issue 11, session 58: 3 read judges' authors up (de_full387, de_full393 twice), none down.
Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

URL = "https://www.heimatverein-moselufer.example/2024/03/offener-brief-an-die-volksbank/"


def signed(closing: str) -> list[str]:
    """The authors of an open letter whose greeting ``closing`` follows."""
    article = (
        "<h1>Offener Brief: Der Geldautomat muss bleiben</h1>"
        f"{paragraphs('der Geldautomat im Ort bleiben muss', 3)}"
        f"<p>Mit freundlichen Grüßen</p>{closing}"
    )
    return extracted(article, URL)["authors"]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (
            "<p>Dr. Helga Brenninger, 1. Vorsitzende<br>Klaus-Peter Amling, Schatzmeister</p>"
            "<p><em>Heimatverein Kröv-Moselufer e.V.</em></p>",
            ["Dr. Helga Brenninger", "Klaus-Peter Amling"],
        ),
        (
            "<p>Marita Schönborn<br>Jürgen Lahnstein<br>Elif Aksoy</p>"
            "<p><em>für die Bürgerinitiative „Filiale bleibt!“ Dernau</em></p>",
            ["Marita Schönborn", "Jürgen Lahnstein", "Elif Aksoy"],
        ),
        (
            "<p>Theresa Wimmer-Kastl (Sprecherin)<br>"
            "für das Aktionsbündnis „Bargeld bleibt!“ Altmühltal</p>",
            ["Theresa Wimmer-Kastl"],
        ),
    ],
)
def test_signers_one_a_line_sign_the_letter(closing: str, expected: list[str]) -> None:
    assert signed(closing) == expected


def test_names_before_a_sentence_sign_nothing() -> None:
    closing = (
        "<p>Marita Schönborn<br>Jürgen Lahnstein</p>"
        "<p>Beide wohnen seit vielen Jahren im Ort und kennen die Filiale gut.</p>"
    )
    assert signed(closing) == []
