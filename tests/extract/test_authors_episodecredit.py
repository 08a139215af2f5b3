"""A podcast episode's or a club report's closing credits (U's kind, issue 11, judged on half
W): "Shownotes:" in an element of its own, "Recherche und Text: … · Schnitt: …", a role in
brackets after the name; the cases left alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://kassengespraech.example/episoden/folge-17/"
TEXT = "".join(
    f"<p>In Folge {n} sprechen wir über Betrug am Telefon: Wer einen Anruf vom angeblichen "
    "Bankberater bekommt, sollte auflegen und die Nummer auf der Karte wählen.</p>"
    for n in range(2, 7)
)


def authors(end: str) -> list[str]:
    html = page_with(
        f"<article><h1>Folge 17: Betrug am Telefon</h1><p class='meta'>18.02.2026</p>"
        f"<div class='text'>{TEXT}{end}</div></article>",
        "<title>Folge 17: Betrug am Telefon</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("<p><strong>Shownotes:</strong> Svenja Roth</p>", ["Svenja Roth"]),
        ("<p>Recherche und Text: Jonas Feld · Schnitt: Tilo Brandt</p>", ["Jonas Feld"]),
        ("<p><em>Text: Thomas Weber (Schriftführer)</em></p>", ["Thomas Weber"]),
        # the cutter or the music alone, a group: nobody
        ("<p>Schnitt: Tilo Brandt</p>", []),
        ("<p><strong>Musik:</strong> Tilo Brandt</p>", []),
        ("<p><strong>Shownotes:</strong> Redaktionsteam</p>", []),
    ],
)
def test_episode_credit(end: str, expected: list[str]) -> None:
    assert authors(end) == expected
