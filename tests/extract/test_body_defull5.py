"""Body rules from de_full4's misses, judged on de_full5 (issue 11): kinds of page part read
on de_full4 and the dev pages, each on small invented lines, with the text it must leave
alone."""

from __future__ import annotations

import pytest
from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept


@pytest.mark.parametrize(
    "label",
    ["Das Wichtigste in Kürze", "Das Wichtigste im Überblick:", "das wichtigste auf einen Blick"],
)
def test_a_summary_box_label_leaves_its_points_stay(label: str) -> None:
    points = ["- Die Sparkasse schließt drei Filialen.", "- Geldautomaten bleiben erhalten."]
    assert _kept([*TEXT[:1], label, *points, *TEXT[1:]]) == [*TEXT[:1], *points, *TEXT[1:]]
    assert _kept([label, *TEXT]) == TEXT


def test_a_sentence_about_the_most_important_stays() -> None:
    line = "Das Wichtigste in Kürze sei für die Kundschaft, dass die Automaten bleiben."
    assert _kept([*TEXT, line]) == [*TEXT, line]


@pytest.mark.parametrize(
    "note",
    [
        "Risikohinweis: Aktien können im Wert fallen, ein Totalverlust ist möglich.",
        "Keine Anlageberatung. Die Inhalte dienen allein der Information.",
        "Haftungsausschluss: Für die Richtigkeit der Kursdaten wird keine Gewähr übernommen.",
        "Disclaimer: Der Autor hält Aktien der besprochenen Bank.",
        "Hinweis auf mögliche Interessenkonflikte: Der Verlag hält Anteile an der Bank.",
    ],
)
def test_an_investor_disclaimer_leaves_wherever_it_stands(note: str) -> None:
    assert _kept([*TEXT, note]) == TEXT
    assert _kept([*TEXT[:1], note, *TEXT[1:]]) == TEXT


def test_a_sentence_about_risks_stays() -> None:
    line = "Risikohinweise der Bank wirken nach Ansicht der Verbraucherschützer oft versteckt."
    assert _kept([*TEXT, line]) == [*TEXT, line]
