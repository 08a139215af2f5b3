"""Body rule for a post's date line with the verb of its posting or last change (issue 11,
``postedlines.py``): "Eingestellt am …", "geschrieben am … in Verein", "Letzte Änderung: …"
(alone or beside a page's counter) leave at the top or the end of the body; a sentence
with such a verb and a date, and the same line in the middle of the text, stay."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines

MIDDLE = [f"Im {n}. Absatz erklärt die Volksbank Musterstadt ihre neuen Kanäle." for n in (1, 2)]


@pytest.mark.parametrize(
    "stamp",
    [
        "Eingestellt am 14.09.1999",
        "geschrieben am 06-10-2009, 19:40 in Verein",
        "Verfasst am: 23.11.2004, 20:41",
        "Posted on March 9, 2004 at 9:40 PM",
    ],
)
def test_a_posted_line_on_top_leaves(stamp: str) -> None:
    assert kept_lines([stamp, *LINES]) == LINES


@pytest.mark.parametrize(
    "stamp",
    [
        "Letzte Änderung: 05.04.2007",
        "Besucher: 021791 | Letzte Änderung: 05.04.2007",
        "Zuletzt geändert am 3. Mai 2010",
        "Last modified: 2007-04-05",
    ],
)
def test_a_last_change_line_at_the_end_leaves(stamp: str) -> None:
    assert kept_lines([*LINES, stamp]) == LINES


@pytest.mark.parametrize(
    "line",
    [
        "Eingestellt am 14.09.1999 wurde der Betrieb der alten Filiale am Markt.",
        "Geändert wurde am 12.03.2004 die Satzung des Vereins.",
        "Besucher: 021791 | Impressum",
    ],
)
def test_a_sentence_with_a_date_stays(line: str) -> None:
    assert kept_lines([line, *LINES]) == [line, *LINES]


def test_a_stamp_in_the_middle_of_the_text_stays() -> None:
    lines = [*LINES, "Eingestellt am 14.09.1999", *MIDDLE, *LINES]
    assert kept_lines(lines) == lines
