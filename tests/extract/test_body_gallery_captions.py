"""A photo gallery's captions are the text of a gallery page: each slide's caption beside its
counter ("Bild 4 von 9") is read as a paragraph, its counter and credit not (issue 11,
session 53; kind read on de_full240 and de_full244, older judges of de_full118, de_full121
and de_full137 agree). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.albtal-bote.example/fotostrecke/sparkasse-eroeffnet-neue-filiale"
CAPTIONS = [
    f"In der neuen Filiale zeigte Beraterin Nummer {n} den Gästen, wie eine Überweisung in "
    "der App funktioniert und wo die Hilfe-Taste steckt."
    for n in range(1, 6)
]


def page(slides: int, counter: str = "Bild {n} von {total}") -> bytes:
    figures = "".join(
        f"<figure class='gallery-slide'><img src='/b{n}.jpg' alt=''><figcaption>"
        f"<span class='gallery-counter'>{counter.format(n=n, total=slides)}</span>"
        f"<p class='gallery-caption'>{CAPTIONS[n - 1]}</p>"
        f"<span class='gallery-credit'>© Foto: Jana Weber</span></figcaption></figure>"
        for n in range(1, slides + 1)
    )
    return page_with(
        "<article><h1>Sparkasse eröffnet neue Filiale in Marxzell</h1><p>Gut 600 Menschen "
        "kamen am Samstag zur Eröffnung der neuen Filiale, die Sparkasse zeigte ihre digitalen "
        "Angebote und beantwortete Fragen zum Online-Banking.</p>"
        f"<div class='gallery swiper'><div class='swiper-wrapper'>{figures}</div></div>"
        "</article>",
        "<title>Sparkasse eröffnet neue Filiale in Marxzell</title>",
    )


def test_the_captions_of_a_gallery_are_its_text() -> None:
    body = extract(page(5), URL, fetched_at=FETCHED)["body"]
    assert all(caption in body for caption in CAPTIONS)
    assert "Bild 2 von 5" not in body
    assert "Jana Weber" not in body


@pytest.mark.parametrize("counter", ["Foto {n}/{total}", "Bild {n} von {total}"])
def test_two_counted_pictures_are_no_gallery(counter: str) -> None:
    body = extract(page(2, counter), URL, fetched_at=FETCHED)["body"]
    assert CAPTIONS[0] not in body
