"""Name cards side by side under a statement (a full name alone over its role line) read
with an academic title before the name: "Dr. Henrike Lammers" | "Geschäftsführerin" |
"Jonas Wettstein" | "Referent Zahlungsverkehr" names both, not the untitled second alone.
Issue 11, session 57: 3 read judges' authors up (de_full373, de_full379, de_full121), none
down. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

URL = "https://www.zahlungsverband.example/stellungnahmen/referentenentwurf-zag"


def card(name: str, role: str) -> str:
    return f"<div class='wp-block-column'><p><strong>{name}</strong><br>{role}</p></div>"


@pytest.mark.parametrize(
    ("cards", "expected"),
    [
        (
            card("Dr. Henrike Lammers", "Geschäftsführerin")
            + card("Jonas Wettstein", "Referent Zahlungsverkehr"),
            ["Dr. Henrike Lammers", "Jonas Wettstein"],
        ),
        (
            card("Prof. Dr. Henrike Adamczyk", "Präsidentin")
            + card("Malte Querfurt", "Hauptgeschäftsführer"),
            ["Prof. Dr. Henrike Adamczyk", "Malte Querfurt"],
        ),
        (card("Dr. Felix Hartung", "Vorstand"), ["Dr. Felix Hartung"]),
    ],
)
def test_a_titled_name_card_is_read(cards: str, expected: list[str]) -> None:
    article = (
        "<h1>Stellungnahme zum Referentenentwurf</h1>"
        f"{paragraphs('der Entwurf nachgebessert werden muss', 2)}"
        f"<p>Berlin, 7. März 2025</p><div class='wp-block-columns'>{cards}</div>"
    )
    assert extracted(article, URL)["authors"] == expected
