"""A site's description naming its one writer ("Der wöchentliche Newsletter von Paula
Reinecke über Geld …": a newsletter archive's issue page without a byline; kind read in half
U, issue 11) is the author where nothing else names anyone, on small invented pages; an
organisation's newsletter, a byline's person or a guest named in the issue left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://kassensturz.example/archive/ausgabe-101-dispozinsen/"
TEXT = "".join(
    f"<p>In der {n}. Woche des Monats haben wieder mehrere Sparkassen ihre Dispozinsen "
    "gesenkt, während die Direktbanken ihre Konditionen kaum verändert haben.</p>"
    for n in range(1, 6)
)


def authors(description: str, opening: str = "", byline: str = "") -> list[str]:
    html = page_with(
        "<div class='newsletter-header'><div class='newsletter-name'><a href='/'>Kassensturz am "
        f"Freitag</a></div><div class='newsletter-description'>{description}</div></div>"
        "<main class='email-detail'><h1 class='email-detail__subject'>Ausgabe 101: "
        f"Dispozinsen</h1>{byline}<div class='email-body'>{opening}{TEXT}</div></main>",
        "<title>Ausgabe 101: Dispozinsen • Kassensturz am Freitag</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        (
            "Der wöchentliche Newsletter von Paula Reinecke über Geld und Banken.",
            ["Paula Reinecke"],
        ),
        ("Ein Blog von Jan Roth über Zinsen.", ["Jan Roth"]),
        # an organisation's newsletter, or a description naming nobody: nobody
        ("Neuigkeiten der Bürgerstiftung Lindenau, einmal im Monat.", []),
        ("Der Newsletter von Sparkasse Lindenau.", []),
    ],
)
def test_description_names_the_writer(description: str, expected: list[str]) -> None:
    assert authors(description) == expected


def test_byline_and_guest_win() -> None:
    description = "Der wöchentliche Newsletter von Paula Reinecke über Geld und Banken."
    assert authors(description, byline="<p>Von Jan Roth</p>") == ["Jan Roth"]
    guest = "<p><em>Paula hat frei. Die Ausgabe schreibt Fabian Ohm, der Kurse gibt.</em></p>"
    assert authors(description, opening=guest) == ["Fabian Ohm"]
