"""A photo gallery's line under its headline names the day and credits the photographer
("Bildergalerie · 13.10.2024 · Fotos: Anna Berg"): a date line, its credit a byline, not a
sentence; the other galleries listed below it carry other days (dates_z's misses, issue 11,
rd3's date round); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

URL = "https://www.zeitung.example/lokales/bildergalerie/neue-filiale-g4711.html"
CAPTION = "Viele Besucher kamen zur Eröffnung der neuen Filiale am Marktplatz in der Ortsmitte."


def _gallery(meta: str) -> str:
    return (
        "<main><h1>Neue Filiale am Marktplatz: Die Bilder vom Eröffnungstag</h1>"
        f"<p class='info'>{meta}</p>"
        f"<figure><img src='/1.jpg' alt=''><figcaption>{CAPTION}</figcaption></figure>"
        "<section class='galerien'><h2>Weitere Bildergalerien</h2><ul>"
        "<li><a href='#'>Geldautomat gesprengt</a> <span>14.10.2024</span></li>"
        "<li><a href='#'>Neue Gebühren fürs Girokonto</a> <span>09.10.2024</span></li>"
        "</ul></section></main>"
    )


@pytest.mark.parametrize(
    "meta",
    [
        "Bildergalerie · 12.10.2024 · Fotos: Anna Berg",
        "Bildergalerie · 12.10.2024, 18:30 Uhr · Foto: Jan-Ole Schulz",
        "Galerie · 12. Oktober 2024 · Photos: Anna Berg",
    ],
)
def test_a_gallerys_line_with_its_photo_credit_is_the_date_line(meta: str) -> None:
    assert (published_on(_gallery(meta), "", URL) or "")[:10] == "2024-10-12"


def test_a_credit_without_a_name_is_still_too_long_a_rest() -> None:
    # a line going on in words after its date is a sentence, not a date line: the nearest
    # listed gallery's day stays the find (what the rule changes is the credit alone)
    meta = "Bildergalerie · 12.10.2024 · Fotos: siehe auch unsere weiteren Bilder vom Fest"
    assert (published_on(_gallery(meta), "", URL) or "")[:10] != "2024-10-12"
