"""A Drupal paragraph of an author box's type (``paragraph--type--autorenbox``) under the
text is the box, not the text: its biography ("Ralf Seidemann ist zertifizierter
Finanzplaner …") leaves the body as an ``autorenbox`` class's does; a paragraph of another
type (``paragraph--type--infobox``) stays. Issue 11, session 58: 2 read judges' snippets up
(de_full404, de_full299), none down, dev unchanged. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

URL = "https://www.muldenblick.example/ratgeber/tagesgeld-bei-der-neobank"
BIO = (
    "Ralf Seidemann ist zertifizierter Finanzplaner und berät als Honorarberater in Zwickau. "
    "Ihre Fragen an ihn schicken Sie an die Redaktion."
)


def body_with_box(kind: str) -> str:
    """The text of an advice column closing with a Drupal paragraph of type ``kind``."""
    article = (
        "<h1>Lohnt sich ein Tagesgeldkonto bei einer Neobank?</h1>"
        f"{paragraphs('ein Tagesgeldkonto bei einer Neobank sicher ist', 4)}"
        f"<div class='paragraph paragraph--type--{kind} paragraph--view-mode--default'>"
        f"<div class='field field--name-field-text'><p>{BIO}</p></div></div>"
    )
    return str(extracted(article, URL)["body"])


@pytest.mark.parametrize("kind", ["autorenbox", "autoren-box", "author-bio"])
def test_an_author_box_paragraph_leaves_the_text(kind: str) -> None:
    text = body_with_box(kind)
    assert "zertifizierter Finanzplaner" not in text
    assert "4. Absatz" in text


def test_another_paragraph_type_stays() -> None:
    assert "zertifizierter Finanzplaner" in body_with_box("text")
