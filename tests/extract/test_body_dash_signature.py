"""A post signed after a dash at its end ("– Malte Eilerts", "– Jonas Albersmeier (Bass)",
"– Eure Kellerlicht") leaves the body with the short lines after it (round rb28, read on
de_full49)."""

from __future__ import annotations

import pytest

from newsarchive.extract.dashsign import without_dash_signature

TEXT = [
    "Am Samstag spielen wir zum ersten Mal im Jugendhaus am Markt, Einlass ist um acht.",
    "Karten gibt es an der Abendkasse, Schülerinnen und Schüler zahlen die Hälfte.",
]


@pytest.mark.parametrize(
    "closing",
    [
        ["– Malte Eilerts"],
        ["— Jonas Albersmeier (Bass)"],
        ["– Eure Kellerlicht"],
        ["- Euer Orga-Team"],
        # the short lines after it go with it
        ["– Jonas Albersmeier (Bass)", "Aktuelle Stimmung: aufgekratzt", "Aktuelle Musik: Demo"],
    ],
)
def test_a_dash_signature_leaves(closing: list[str]) -> None:
    assert without_dash_signature([*TEXT, *closing]) == TEXT


@pytest.mark.parametrize(
    "closing",
    [
        ["– Eigene Recherche"],  # no name
        ["- Factsheet (PDF)"],
        ["Malte Eilerts"],  # no dash
        ["Links:", "- Arbeiterkammer Auenland"],  # a list after no sentence
        # a longer line after it: the body goes on
        ["– Malte Eilerts", "Wer mitfahren will, meldet sich bis Freitag bei uns im Proberaum."],
    ],
)
def test_other_closing_lines_stay(closing: list[str]) -> None:
    assert without_dash_signature([*TEXT, *closing]) == [*TEXT, *closing]


def test_a_signature_alone_stays() -> None:
    assert without_dash_signature(["– Malte Eilerts"]) == ["– Malte Eilerts"]
