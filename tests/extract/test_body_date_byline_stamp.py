"""A date with its byline after it as a line over or under the text ("21. Juli 2009 von
Name", DATE_BYLINE_STAMP_LINE): rb4's rule 980ac58b (read on de_full16's blog, rejected
then), re-judged and kept on de_full19 (issue 11); small invented lines, with the text it
must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines


@pytest.mark.parametrize(
    "stamp",
    [
        "21. Juli 2009 von Friederike Lohmann",
        "2. April 2008 von Jana Roth",
        "3 November 2026 by Anna Smith",
        "Veröffentlicht am 14. März 2021 von Jonas Keller",
    ],
)
def test_a_date_with_its_byline_over_or_under_the_text_leaves(stamp: str) -> None:
    assert kept_lines([stamp, *LINES]) == LINES
    assert kept_lines([*LINES, stamp]) == LINES


def test_a_sentence_opening_with_a_date_and_von_stays() -> None:
    line = "21. Juli 2009 von Berlin aus startete die Bank ihren ersten Kanal auf YouTube."
    assert kept_lines([line, *LINES]) == [line, *LINES]


def test_a_date_and_von_with_a_lower_case_word_stays() -> None:
    line = "3. Mai 2024 von allen Filialen aus erreichbar"
    assert kept_lines([*LINES, line]) == [*LINES, line]
