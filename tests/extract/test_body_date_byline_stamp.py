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


@pytest.mark.parametrize(
    "stamp",
    [
        "19.01.2010 von Anna Beispiel und Jan Muster",
        "30. November 2010 – Anna Beispiel",
        "7. Mai 2013 – Anna Beispiel und Jan Muster",
        "16.12.2020, 05:30 Uhr · Anna-Lena Beispiel",
    ],
)
def test_several_names_or_a_dash_before_full_names_leave(stamp: str) -> None:
    # de_full20's and de_full21's kind (an association's news page, an old CMS's info line)
    assert kept_lines([stamp, *LINES]) == LINES
    assert kept_lines([*LINES, stamp]) == LINES


@pytest.mark.parametrize(
    "line",
    [
        "03.08.2022 · Konzerte",  # a date and a rubric
        "08.10.1999 – Sparkasse verlängert Öffnungszeiten am Samstag",  # a headline
    ],
)
def test_a_date_dash_and_a_rubric_or_headline_stays(line: str) -> None:
    assert kept_lines([*LINES, line]) == [*LINES, line]
