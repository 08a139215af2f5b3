"""Co-authors' name cards: writers' cards side by side near the headline, each a full name
alone over its role ("Katrin Oelmann" "Rechtsanwältin" "Malte Brandt" "Rechtsanwalt"), all
credited where the first is (:func:`~newsarchive.extract.namecard.name_card`; kind read in
de_full30, issue 11). Small invented pages; what follows the cards is left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.kanzlei-nordkamp.example/news/kontoentgelte"
TEXT = "".join(
    f"<p>Seit dem {n}. Mai verlangt die Genossenschaftsbank für jede beleghafte Überweisung "
    "einen Euro, und am Schalter konnte niemand sagen, ob das so bleibt.</p>"
    for n in range(1, 5)
)
HEADLINE = "Höhere Kontoentgelte: Was Kunden jetzt tun können"


def card(name: str, role: str) -> str:
    """A writer's card: a photo, the name, the role."""
    return f"<div class='card'><img src='/t.jpg' alt=''><p>{name}</p><p>{role}</p></div>"


def authors(cards: str) -> list[str]:
    """The authors of an invented firm's post with ``cards`` under its headline."""
    html = page_with(
        f"<header><a href='/'>Kanzlei Nordkamp</a></header><article><h1>{HEADLINE}</h1>"
        f"<p class='date'>13. Juli 2021</p><div class='cards'>{cards}</div>"
        f"<div class='prose'>{TEXT}</div></article>",
        f"<title>{HEADLINE} | Kanzlei Nordkamp</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("cards", "expected"),
    [
        (
            card("Katrin Oelmann", "Rechtsanwältin") + card("Malte Brandt", "Rechtsanwalt"),
            ["Katrin Oelmann", "Malte Brandt"],
        ),
        (
            card("Katrin Oelmann", "Rechtsanwalt/Rechtsanwältin")
            + card("Malte Brandt", "Rechtsanwalt/Rechtsanwältin")
            + card("Ines Voss", "Steuerberaterin"),
            ["Katrin Oelmann", "Malte Brandt", "Ines Voss"],
        ),
    ],
)
def test_cards_side_by_side_credited(cards: str, expected: list[str]) -> None:
    assert authors(cards) == expected


@pytest.mark.parametrize(
    ("cards", "expected"),
    [
        # guards: one card; a second name over no role; the same card twice
        (card("Katrin Oelmann", "Rechtsanwältin"), ["Katrin Oelmann"]),
        (
            card("Katrin Oelmann", "Rechtsanwältin")
            + "<p>Malte Brandt</p><p>Lesezeit: 4 Minuten</p>",
            ["Katrin Oelmann"],
        ),
        (
            card("Katrin Oelmann", "Rechtsanwältin") + card("Katrin Oelmann", "Rechtsanwältin"),
            ["Katrin Oelmann"],
        ),
    ],
)
def test_cards_left_alone(cards: str, expected: list[str]) -> None:
    assert authors(cards) == expected
