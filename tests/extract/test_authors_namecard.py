"""A writer's name card near the headline: a full name alone over the writer's role
("Rechtsanwältin", "Principal Analyst", "Inhaber, Versicherungsfachmann (IHK)", "Team
Paylinde"), read where nothing else names anyone (:func:`~newsarchive.extract.namecard.name_card`;
kind read in bv, de_full21, de_full30 and en_h, issue 11). Small invented pages; a name over
a line that is no role, an organisation over a role, and the press officers' cards under a
contact label (session 45, read on de_full167 and en_bf) are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.namecard import name_card

URL = "https://www.kanzlei-nordkamp.example/news/kontoentgelte"
TEXT = "".join(
    f"<p>Seit dem {n}. Mai verlangt die Genossenschaftsbank für jede beleghafte Überweisung "
    "einen Euro, und am Schalter konnte niemand sagen, ob das so bleibt.</p>"
    for n in range(1, 5)
)
HEADLINE = "Höhere Kontoentgelte: Was Kunden jetzt tun können"


def authors(card: str) -> list[str]:
    """The authors of an invented firm's post with ``card`` under its headline."""
    html = page_with(
        f"<header><a href='/'>Kanzlei Nordkamp</a></header><article><h1>{HEADLINE}</h1>"
        f"<div class='card'>{card}</div><p class='date'>13. Juli 2021</p>"
        f"<div class='prose'>{TEXT}</div></article>",
        f"<title>{HEADLINE} | Kanzlei Nordkamp</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    "role",
    [
        "Rechtsanwalt/Rechtsanwältin",
        "Principal Analyst",
        "Inhaber, Versicherungsfachmann (IHK)",
        "Team Nordkamp",
        "Schriftführerin",
    ],
)
def test_name_over_role_credited(role: str) -> None:
    assert authors(f"<p class='name'>Katrin Oelmann</p><p>{role}</p>") == ["Katrin Oelmann"]


def test_other_cards_left_alone() -> None:
    assert authors("<p>Sparkasse Waldhagen</p><p>Pressesprecherin</p>") == []  # an organisation


def test_a_name_over_no_role_is_no_card() -> None:
    # (the card rule leaves it; the page credits a name alone under the headline since
    # session 54: headname.py)
    nodes = [("Katrin Oelmann", False), ("Lesezeit: 4 Minuten", False)]
    assert name_card(nodes) == []


@pytest.mark.parametrize(
    "card",
    [
        "<h3>Pressekontakt</h3><p>Katrin Oelmann<br>Pressesprecherin<br>Telefon 0541 12-0</p>",
        # the second officer's card after the first one's phone line
        "<h2>Media enquiries</h2><p>Dan Ashby<br>Head of Media Relations<br>0400 000 111</p>"
        "<p>Clara Reid<br>Investor Relations<br>0400 000 222</p>",
    ],
)
def test_contact_cards_name_nobody(card: str) -> None:
    assert authors(card) == []


def test_a_menus_contact_link_leaves_the_card_alone() -> None:
    menu = "<nav><a href='/kontakt'>Kontakt</a></nav>"
    assert authors(f"{menu}<p class='name'>Katrin Oelmann</p><p>Rechtsanwältin</p>") == [
        "Katrin Oelmann"
    ]
