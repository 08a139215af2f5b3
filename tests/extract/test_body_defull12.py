"""Body rules from de_full12's misses, judged on de_full13 (issue 11): kinds of page part of
archived and converted pages, each on small invented lines, with the text it must leave
alone."""

from __future__ import annotations

from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept


def test_a_row_of_one_cell_beside_spacer_cells_is_read_as_its_paragraph() -> None:
    assert _kept([f"| {line} | | |" for line in TEXT]) == TEXT
    assert _kept(["| Werbung | | |", *TEXT, "| © 2001 Finanzportal \\| Impressum | |"]) == TEXT


def test_a_row_of_two_filled_cells_stays_a_row() -> None:
    rows = ["| Tarif | Grundgebühr | |", "| Giro Basis | | 4,90 Euro |"]
    assert _kept([*TEXT, *rows]) == [*TEXT, *rows]
