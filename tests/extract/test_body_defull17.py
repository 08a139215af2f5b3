"""Body rules from de_full16's misses, judged on de_full17 and de_full18 (issue 11): kinds of
page part read on de_full16 (and the older read sets), each on small invented lines, with the
text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines


@pytest.mark.parametrize("label", ["Info", "Infobox:", "Hinweis", "Das Wichtigste"])
def test_a_boxs_one_word_label_alone_on_a_line_leaves(label: str) -> None:
    lines = [LINES[0], label, LINES[1], LINES[2]]
    assert kept_lines(lines) == LINES


def test_a_sentence_opening_with_such_a_label_stays() -> None:
    line = "Hinweis: Die Filiale am Markt bleibt bis Ende März geöffnet."
    assert kept_lines([LINES[0], line, *LINES[1:]]) == [LINES[0], line, *LINES[1:]]


@pytest.mark.parametrize(
    "stamp",
    [
        "21. Juli 2009 von Friederike Lohmann",
        "2. April 2008 von Jana Roth",
        "3 November 2026 by Anna Smith",
    ],
)
def test_a_date_with_its_byline_over_or_under_the_text_leaves(stamp: str) -> None:
    assert kept_lines([stamp, *LINES]) == LINES
    assert kept_lines([*LINES, stamp]) == LINES


def test_a_sentence_opening_with_a_date_and_von_stays() -> None:
    line = "21. Juli 2009 von Berlin aus startete die Bank ihren ersten Kanal auf YouTube."
    assert kept_lines([line, *LINES]) == [line, *LINES]
