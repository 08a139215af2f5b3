"""A byline opening with the piece's form after an adjective ("Ein persönlicher Nachruf von
Dr. Claudia Brenner, Vorstandsvorsitzende", "Ein kritischer Kommentar von A") names the
writer, not the role after the comma. A service's credit stays none ("Ein kostenloses
Angebot von …"). Issue 11, session 58: 1 read judge's authors up (de_full388), none down;
3 unscored pages name their notebook's owner. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import authors_under_headline

URL = "https://www.raiffeisenbank-schwarzatal.example/aktuelles/abschied-von-hans-peter-lindner"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "Ein persönlicher Nachruf von Dr. Claudia Brenner, Vorstandsvorsitzende",
            ["Dr. Claudia Brenner"],
        ),
        ("Ein kritischer Kommentar von Jonas Wettstein", ["Jonas Wettstein"]),
        (
            "Eine kurze Einordnung von Henrike Lammers und Malte Querfurt",
            ["Henrike Lammers", "Malte Querfurt"],
        ),
    ],
)
def test_a_form_after_an_adjective_leads_the_byline(byline: str, expected: list[str]) -> None:
    assert authors_under_headline(f"<p class='byline'>{byline}</p>", URL) == expected


def test_a_service_credit_names_nobody() -> None:
    byline = "<p class='byline'>Ein kostenloses Angebot von Sparkasse Schwarzatal</p>"
    assert authors_under_headline(byline, URL) == []
