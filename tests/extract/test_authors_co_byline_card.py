"""Co-authors in byline cards: a second card of the same kind beside the first (a name over
its role: "div.author-chip > span.name + span.role") is read like the first, by its marked
name, not as "Name Role" run together (ra36; kind read in x, de_full30, en_h, en_i): on
small invented pages, the cases it reads and a card it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://kontowerk-nord.example/blog/mastodon-oder-bluesky/"
TEXT = "".join(
    f"<p>Im {n}. Abschnitt geht es darum, wo Banken heute posten sollten und welche Fragen "
    "Kundinnen und Kunden dort am häufigsten stellen, wenn eine neue App erscheint.</p>"
    for n in range(1, 5)
)


def card(name: str, role: str) -> str:
    """An author card: a photo, the name, the role."""
    return (
        f"<div class='author-chip'><img src='/t.jpg' alt=''><span class='name'>{name}</span>"
        f"<span class='role'>{role}</span></div>"
    )


def authors(cards: str) -> list[str]:
    """The authors of an invented post with ``cards`` under its headline."""
    html = page_with(
        f"<article><h1>Mastodon oder Bluesky?</h1><div class='hero-meta'>{cards}"
        f"<span>05.03.2026</span></div><div class='text'>{TEXT}</div></article>",
        "<title>Mastodon oder Bluesky?</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("cards", "expected"),
    [
        (
            card("Alina Brandt", "Social Media Strategin") + card("Kemal Arslan", "Community"),
            ["Alina Brandt", "Kemal Arslan"],
        ),
        (
            card("Alina Brandt", "Strategin")
            + card("Kemal Arslan", "Community")
            + card("Jana Oltmer", "Redaktion"),
            ["Alina Brandt", "Kemal Arslan", "Jana Oltmer"],
        ),
        # guards: one card; a second card naming no person
        (card("Alina Brandt", "Social Media Strategin"), ["Alina Brandt"]),
        (card("Alina Brandt", "Strategin") + card("Kontowerk", "Team"), ["Alina Brandt"]),
    ],
)
def test_co_byline_card(cards: str, expected: list[str]) -> None:
    assert authors(cards) == expected
