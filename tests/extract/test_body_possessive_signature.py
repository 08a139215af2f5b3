"""A post signed at its end with a possessive before its writer or group ("Ihr
Finanzberater", "cu, euer Jonas Bredehorn", "Bleiben Sie in Bewegung, Ihre Marlene
Grotjahn") or a greeting before a name and role ("Mit freundlichen Grüßen, Egon Rademacher,
Obermeister") leaves the body with the short lines after it (round rb32, read on
de_full51)."""

from __future__ import annotations

import pytest

from newsarchive.extract.possign import is_possessive_signature, without_possessive_signature

TEXT = [
    "Am Samstag trainieren wir zum ersten Mal auf der neuen Anlage am Sportplatz, Beginn um acht.",
    "Die Gebühren für das Vereinskonto zahlt ab Januar der Förderverein, nicht die Mitglieder.",
]


@pytest.mark.parametrize(
    "closing",
    [
        ["Ihr Finanzberater"],
        ["Euer Vorstand"],
        ["Ihr Team vom Hundeplatz"],
        ["cu, euer Jonas Bredehorn"],
        ["Bleiben Sie in Bewegung, Ihre Marlene Grotjahn"],
        ["Gut Pfad! Eure Stammesführung"],
        ["Mit freundlichen Grüßen, Egon Rademacher, Obermeister"],
        ["Eure Kerstin Bödefeld, Kassenwartin"],
        # the short lines after it go with it
        ["cu, euer Jonas Bredehorn", "Blog bewerten: ☆☆☆☆☆", "819 Besucher diese Woche"],
    ],
)
def test_a_possessive_signature_leaves(closing: list[str]) -> None:
    assert without_possessive_signature([*TEXT, *closing]) == TEXT


@pytest.mark.parametrize(
    "line",
    ["Ihre Meinung ist gefragt", "Ihre Bank hilft gern weiter.", "Viel Spaß, Ihre Meinung zählt"],
)
def test_a_sentence_is_no_signature(line: str) -> None:
    assert not is_possessive_signature(line)


@pytest.mark.parametrize(
    "closing",
    [
        # no sentence before it: a list or a heading
        ["Ansprechpartner:", "Ihr Finanzberater"],
        # a longer line after it: the body goes on
        ["Euer Vorstand", "Wer mitfahren will, meldet sich bis Freitag bei uns im Vereinsheim."],
    ],
)
def test_other_closings_stay(closing: list[str]) -> None:
    assert without_possessive_signature([*TEXT, *closing]) == [*TEXT, *closing]


def test_the_first_line_stays() -> None:
    assert without_possessive_signature(["Euer Vorstand"]) == ["Euer Vorstand"]
