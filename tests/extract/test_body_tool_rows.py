"""Body rule for a row of two page tools (issue 11, ``toolrows.py``): items set apart by
pipes or middle dots, each short and naming a tool (print, send, PDF, e-mail, share, back
to), leave wherever they stand; a row of other words or sentences is no such row."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.toolrows import is_tool_row

TEXT = [
    "Die Volksbank Mörlingen schafft die Papierlisten mit Transaktionsnummern ab.",
    "Kunden bekommen die TAN künftig per SMS aufs Handy, sagt die Bank.",
    "Wer kein Handy hat, kann einen kleinen TAN-Generator für die Karte kaufen.",
]


def _kept(lines: list[str]) -> list[str]:
    return clean_lines(lines, "", "", SiteRules())[0]


@pytest.mark.parametrize(
    "row",
    [
        "Seite drucken | weiterempfehlen",
        "E-Mail an einen Freund | Druckfähige Version",
        "Back to News | Printer Friendly Version",
        "Diesen Artikel: drucken · versenden",
    ],
)
def test_a_row_of_two_tools_leaves(row: str) -> None:
    assert _kept([*TEXT, row]) == TEXT
    assert _kept([TEXT[0], row, *TEXT[1:]]) == TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Girokonto | Tagesgeld",
        "Drucken Sie das Formular aus | Schicken Sie es zurück an die Bank",
        "Sparkasse Mörlingen · Vorstand",
    ],
)
def test_other_rows_are_no_tool_rows(line: str) -> None:
    assert not is_tool_row(line)
