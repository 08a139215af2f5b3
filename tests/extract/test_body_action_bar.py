"""A social post's action bar under its text ("Like · Comment", "Geteilt 18 · Favorisiert
40", "29. Nov. 2022, 18:02 · Öffentlich"; issue 11, data/actionbars ``ACTION_BAR_LINE``):
it and the readers' replies after it leave; small invented lines."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines

#: An invented reader's reply under the post.
REPLY = "Jana B. (5. Dez. 2009): Danke, sehr hilfreich!"


@pytest.mark.parametrize(
    "bar",
    [
        "Like · Comment",
        "Gefällt mir · Kommentieren · Teilen",
        "Geteilt 7 · Favorisiert 23",
        "12 Likes | 3 Comments | Share",
        "14. März 2023, 09:15 · Öffentlich",
    ],
)
def test_an_action_bar_and_the_replies_after_it_leave(bar: str) -> None:
    assert kept_lines([*LINES, bar, REPLY]) == LINES
    assert kept_lines([*LINES, bar]) == LINES


@pytest.mark.parametrize(
    "line",
    [
        "Like the bank, the savings club shares its figures each spring.",
        "Fragen · Antworten",
        "Die Bank teilt mit: Laufzeit 12 Monate · Zins 3,1 Prozent · ohne Gebühr.",
    ],
)
def test_prose_and_other_rows_stay(line: str) -> None:
    assert kept_lines([*LINES, line]) == [*LINES, line]


def test_an_action_bar_in_the_first_half_cuts_nothing() -> None:
    lines = ["Like · Comment", *LINES]
    assert kept_lines(lines)[-3:] == LINES
