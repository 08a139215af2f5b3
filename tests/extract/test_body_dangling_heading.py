"""A list's heading left alone as the body's last line ("Ältere Neuigkeiten:", "Einträge
dazu im Gästebuch:"; issue 11, data/danglingheads ``DANGLING_HEADING``): its list is gone,
so it leaves; small invented lines."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines


@pytest.mark.parametrize(
    "heading",
    [
        "Ältere Neuigkeiten:",
        "Einträge dazu im Gästebuch:",
        "Related posts:",
        "Mehr aus dem Verein:",
    ],
)
def test_a_heading_closing_the_text_leaves(heading: str) -> None:
    assert kept_lines([*LINES, heading]) == LINES


@pytest.mark.parametrize(
    "line",
    [
        "Anlagen: keine",
        "- Girokonto:",
        "iPhone:",
        "Der Vorstand schreibt dazu in seinem Brief an alle Mitglieder des Vereins:",
    ],
)
def test_a_field_and_a_long_sentence_stay(line: str) -> None:
    assert kept_lines([*LINES, line]) == [*LINES, line]


def test_a_heading_with_its_list_after_it_stays() -> None:
    lines = [*LINES, "So gehen Sie vor:", "Erst die Karte sperren lassen, dann die Bank anrufen."]
    assert kept_lines(lines) == lines
