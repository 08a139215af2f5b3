"""A closing line naming the writer as the text's contact ("Kontakt zum Autor: Bernd
Ollesch, Marketing und Kommunikation, Telefon …", "Text und Kontakt: Miriam Ostheimer,
Unternehmenskommunikation, Telefon …") credits the writer, whatever follows the name; a
press contact alone ("Pressekontakt: A, Telefon …") does not. Issue 11, session 58: 2 read
judges' authors up (de_full401, de_full407: barrier-free versions of bank news), none down.
Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

URL = "https://www.sparkasse-quellbrunn.example/de/home/ihre-sparkasse/presse/digital-sprechstunde.html"
CONTACT = "Telefon 06541 882-1140, presse@sparkasse-quellbrunn.example"


def closing(line: str) -> list[str]:
    """The authors of a bank's news closing with the paragraph ``line``."""
    article = (
        "<h1>Digitale Sprechstunde für Seniorinnen und Senioren</h1>"
        f"{paragraphs('sie eine digitale Sprechstunde anbietet', 3)}<p>{line}</p>"
    )
    return extracted(article, URL)["authors"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            f"Kontakt zum Autor: Bernd Ollesch, Marketing und Kommunikation, {CONTACT}",
            ["Bernd Ollesch"],
        ),
        (
            f"Text und Kontakt: Miriam Ostheimer, Unternehmenskommunikation, {CONTACT}",
            ["Miriam Ostheimer"],
        ),
        (f"Kontakt zur Autorin: Miriam Ostheimer, {CONTACT}", ["Miriam Ostheimer"]),
    ],
)
def test_the_writer_as_contact_is_the_author(line: str, expected: list[str]) -> None:
    assert closing(line) == expected


def test_a_press_contact_is_no_author() -> None:
    assert closing(f"Pressekontakt: Miriam Ostheimer, {CONTACT}") == []
