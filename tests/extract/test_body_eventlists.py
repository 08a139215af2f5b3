"""Body rule for a list of coming events closing the body (issue 11, ``eventlists.py``): a
heading such as "Termine" or "Die nächsten Termine" in the body's second half, with only a
few short lines after it or none, leaves with them; a heading with text after it, or one in
the text's first half, stays."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

TEXT = [
    "Die Volksbank Mörlingen verlangt für Vereinskonten künftig eine monatliche Gebühr.",
    "Bisher waren die Konten gemeinnütziger Vereine kostenlos, sagt der Vorstand.",
    "Kleine Vereine mit wenigen Buchungen sollen einen Nachlass bekommen.",
    "Fragen beantwortet der Vereinsservice der Bank in der Hauptstelle.",
]


def _kept(lines: list[str]) -> list[str]:
    return clean_lines(lines, "", "", SiteRules())[0]


@pytest.mark.parametrize(
    "tail",
    [
        ["Termine"],
        ["Unsere nächsten Termine", "Stammtisch am ersten Freitag im Monat"],
        ["Die nächsten Termine", "- 31.05.2023 Sommerfest", "- 09.06.2023 Flohmarkt"],
        ["Nächste Treffen", "| 30.09.2005 | Clubabend im Ratskeller |"],
        ["Upcoming events", "Members' evening at the club house"],
    ],
)
def test_a_closing_events_list_leaves(tail: list[str]) -> None:
    assert _kept([*TEXT, *tail]) == TEXT


def test_a_heading_with_text_after_it_stays() -> None:
    tail = ["Termine", "Die Sprechstunden der Berater finden weiter jeden Montag statt."]
    assert _kept([*TEXT, *tail]) == [*TEXT, *tail]


def test_a_heading_in_the_first_half_stays() -> None:
    lines = ["Termine", "Sommerfest am Vereinsheim", *TEXT]
    assert _kept(lines)[:2] == lines[:2]
