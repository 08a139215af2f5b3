"""A credit line closing a report ("Bericht: Name, Fotos: Name") under a webmaster's login or
no byline (kind read in half O, issue 11): the writer, not the photographer; the cases it
leaves alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://computerclub.example/berichte/vortrag-betrug/"
TEXT = "".join(
    f"<p>Beim {n}. Treffen im Bürgerhaus ging es um Betrug über Messenger: Wer eine Nachricht "
    "vom angeblichen Kind bekommt, sollte zurückrufen, bevor er Geld überweist.</p>"
    for n in range(2, 7)
)


def authors(end: str, meta: str = "Eingestellt von webmaster am 18.02.2026") -> list[str]:
    html = page_with(
        f"<article><h2>Vortrag: Betrug über WhatsApp</h2><p class='meta'>{meta}</p>"
        f"<div class='text'>{TEXT}</div>{end}"
        "<p>Referent war Kriminalhauptkommissar Jörg Lindemeier.</p></article>",
        "<title>Vortrag: Betrug über WhatsApp - Computerclub</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("<p>Bericht: Erwin Tölke, Fotos: Werner Dallmeyer</p>", ["Erwin Tölke"]),
        ("<p>Text: Anna Roth und Jan Ulm · Bilder: Eva Bott</p>", ["Anna Roth", "Jan Ulm"]),
        # a broadcaster's piece and its crew ("Beitrag:", two crafts joined)
        ("<p>Beitrag: Erwin Tölke | Kamera &amp; Schnitt: Werner Dallmeyer</p>", ["Erwin Tölke"]),
        # a photographer only, a group or a first name alone: nobody
        ("<p>Fotos: Werner Dallmeyer</p>", []),
        ("<p>Bericht: Vorstand, Fotos: Werner Dallmeyer</p>", []),
        ("<p>Bericht: Erwin, Fotos: Werner</p>", []),
    ],
)
def test_closing_credit(end: str, expected: list[str]) -> None:
    assert authors(end) == expected


def test_byline_person_wins() -> None:
    end = "<p>Bericht: Erwin Tölke, Fotos: Werner Dallmeyer</p>"
    assert authors(end, "Von Jana Kortmann, 18.02.2026") == ["Jana Kortmann"]
