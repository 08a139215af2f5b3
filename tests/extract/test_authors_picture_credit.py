"""A byline that also credits the pictures ("Text: A / Fotos: B", "Von A und B (Fotos)")
names the writer only; the one credited for pictures is the writer when no one else is
("Text/Fotos: A", "Fotos und Text: A"). A tail naming the agencies' material ("Von A mit
Material von dpa") names agencies, never a person called "Material von dpa"."""

from __future__ import annotations

import pytest
from extract_pages import authors_under_headline

from newsarchive.extract.names import split_authors

URL = "https://www.beispielzeitung.example/wirtschaft/banken-im-netz-12345.html"


@pytest.mark.parametrize(
    "line",
    [
        "Text: Anna Beispiel / Fotos: Jan Muster",
        "Text: Anna Beispiel, Fotos: Jan Muster",
        "Text: Anna Beispiel | Foto: Jan Muster",
        "Von Anna Beispiel; Illustration: Jan Muster",
        "Von Anna Beispiel. Fotos: Jan Muster",
        "Fotos: Jan Muster / Text: Anna Beispiel",
        "<span>Text: Anna Beispiel</span> <span>Fotos: Jan Muster</span>",
    ],
)
def test_picture_credit_in_byline(line: str) -> None:
    assert authors_under_headline(f"<div class='byline'>{line}</div>", URL) == ["Anna Beispiel"]


@pytest.mark.parametrize(
    "line",
    [
        "Text/Fotos: Anna Beispiel",
        "Text und Fotos: Anna Beispiel",
        "Fotos: Anna Beispiel",
        # the pictures named first (session 45, read on de_full134)
        "Fotos und Text: Anna Beispiel",
        "Foto/Text: Anna Beispiel",
    ],
)
def test_picture_credit_alone_names_the_writer(line: str) -> None:
    assert split_authors([line])[0] == ["Anna Beispiel"]


@pytest.mark.parametrize("line", ["Fotos und Text: Anna Beispiel", "Bild & Text: Anna Beispiel"])
def test_pictures_and_text_byline_under_the_headline(line: str) -> None:
    # a node of its own under the headline (Drupal's "submitted" line; session 45)
    byline = f"<p class='submitted'><span>12.05.2026</span> · <span>{line}</span></p>"
    assert authors_under_headline(byline, URL) == ["Anna Beispiel"]


def test_name_credited_for_pictures_in_brackets() -> None:
    assert split_authors(["Von Anna Beispiel und Jan Muster (Fotos)"])[0] == ["Anna Beispiel"]


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("Von Anna Beispiel mit Material von dpa", ["dpa"]),
        ("Anna Beispiel, mit Material von AFP und Reuters", ["AFP", "Reuters"]),
        ("Von Anna Beispiel mit Agenturmaterial", []),
        ("Anna Beispiel (mit Material der dpa)", ["dpa"]),
    ],
)
def test_material_tail_names_agencies(line: str, agencies: list[str]) -> None:
    assert split_authors([line]) == (["Anna Beispiel"], agencies)
