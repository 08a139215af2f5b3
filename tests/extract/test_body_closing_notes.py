"""A column's, a guest post's or a series' closing note leaves the body with what follows
it: a labelled biography or series note ("Über den Autor: A hat …", "Über diese Reihe: …",
"Zur Serie: …"), a series' sentence ("In der Reihe „X“ kommen … zu Wort"), the disclaimer
that the text is its writer's opinion (issue 11, session 52, from the guest-post and
column sets' misses). Small lines written for the test."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines


@pytest.mark.parametrize(
    "note",
    [
        "Über den Autor: Konstantin Weigand hat über Zahlungsverkehr promoviert. Seine Kolumne "
        "erscheint alle zwei Wochen.",
        "Über diese Reihe: In „Feders Kassensturz“ prüft Birte Lüdeking, wie Banken mit ihren "
        "Kunden umgehen.",
        "Zur Serie: In „Mein Geld, mein Job“ erzählen Menschen aus Herne von ihrer Arbeit.",
        "In der Reihe „Standpunkt Mittelstand“ kommen Entscheider aus der Region zu Wort.",
        "Dieser Beitrag gibt die Meinung des Autors wieder und nicht die des Vereins.",
        "Gastbeiträge geben ausschließlich die Meinung der jeweiligen Autoren wieder.",
    ],
)
def test_a_closing_note_leaves_the_body(note: str) -> None:
    assert kept_lines([*LINES, note, "Alle Folgen lesen"]) == LINES


@pytest.mark.parametrize(
    "line",
    [
        "In der Reihe der Filialschließungen ist Musterstadt die dritte in diesem Jahr.",
        "Der Vorstand gibt die Meinung vieler Kunden wieder, sagt ein Sprecher.",
    ],
)
def test_a_sentence_of_the_text_stays(line: str) -> None:
    assert kept_lines([*LINES, line]) == [*LINES, line]
