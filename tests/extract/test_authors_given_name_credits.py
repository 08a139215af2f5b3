"""A credit line after the text naming two or more given names alone ("Text: Lena und
Jonas (9b) · Fotos: Herr Albrecht", "Text: Gisela und Helmut, Fotos: A"): a school class's
or a village blog's writers who sign by first name, each a writer. One given name alone
("Text: Erwin") still names nobody. Issue 11, session 58: 4 read judges' authors up
(de_full405, de_full413, de_full419), none down. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

URL = "https://schuelerzeitung-lindenberg.example/2024/03/sparkasse-auf-tiktok/"


def credited(credit: str) -> list[str]:
    """The authors of a short report closing with the paragraph ``credit``."""
    article = (
        "<h1>Wenn die Sparkasse tanzt</h1>"
        f"{paragraphs('sie jetzt Videos auf TikTok zeigt', 3)}<p><em>{credit}</em></p>"
    )
    return extracted(article, URL)["authors"]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Text: Lena und Jonas (9b) · Fotos: Herr Albrecht", ["Lena", "Jonas"]),
        ("Text: Ella, Noah und Mats", ["Ella", "Noah", "Mats"]),
        ("Text: Nele und Tarek, Klasse 8a", ["Nele", "Tarek"]),
        ("Text: Gisela und Helmut, Fotos: Sepp Kreitmair", ["Gisela", "Helmut"]),
    ],
)
def test_given_names_credited_together_are_the_writers(credit: str, expected: list[str]) -> None:
    assert credited(credit) == expected


@pytest.mark.parametrize(
    "credit", ["Text: Erwin", "Text: Lena und Fotostudio Lichtblick", "Text: Schule und Verein"]
)
def test_no_team_of_given_names_no_writers(credit: str) -> None:
    assert credited(credit) == []
