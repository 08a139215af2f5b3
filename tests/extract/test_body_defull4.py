"""Body rules judged on de_full4 (issue 11): kinds of page part read on the read sets and
the dev pages, each on small invented lines or pages, with the text it must leave alone."""

from __future__ import annotations

from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept


def test_one_cell_table_rows_are_read_as_paragraphs() -> None:
    # a newsletter archived as a page: its layout table gives one cell a row
    assert _kept([f"| {line} |" for line in TEXT]) == TEXT


def test_a_one_cell_row_of_boilerplate_leaves() -> None:
    assert _kept([*TEXT[:1], "| Foto: Anna Müller |", *TEXT[1:]]) == TEXT
    assert _kept([*TEXT, "| Jetzt kostenlos abonnieren |"]) == TEXT


def test_rows_of_several_cells_stay_rows() -> None:
    rows = ["| Tarif | Grundgebühr |", "| Giro Basis | 4,90 Euro |"]
    assert _kept([*TEXT, *rows]) == [*TEXT, *rows]
