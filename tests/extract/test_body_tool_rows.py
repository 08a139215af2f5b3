"""Body rule for a row of two page tools (issue 11, ``toolrows.py``): items set apart by
pipes or middle dots, each short and naming a tool (print, send, PDF, e-mail, share, back
to), leave wherever they stand; a row of other words or sentences is no such row."""

from __future__ import annotations

import pytest
from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept

from newsarchive.extract.toolrows import is_tool_row


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
