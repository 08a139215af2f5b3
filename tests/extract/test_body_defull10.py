"""Body rules from de_full10's and en_f's misses, judged on de_full11 (issue 11): kinds of
line read on de_full10, en_f and the dev pages, each on small invented lines, with the text
it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept


@pytest.mark.parametrize(
    "stamp",
    [
        "Eingetragen von Ulrike Brandt am 02.04.2026 um 20:15 Uhr",
        "Eingestellt von Anna um 10:15",
        "Veröffentlicht von Der Vorstand am 3. März 2026",
    ],
)
def test_a_posting_stamp_first_or_last_leaves(stamp: str) -> None:
    assert _kept([stamp, *TEXT]) == TEXT
    assert _kept([*TEXT, stamp]) == TEXT


def test_a_sentence_about_who_published_stays() -> None:
    line = "Veröffentlicht von der Bank wurde am Montag auch eine Studie zum Sparen."
    assert _kept([line, *TEXT]) == [line, *TEXT]
