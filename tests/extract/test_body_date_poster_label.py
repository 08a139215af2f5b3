"""A date with a poster's label after a separator as a line over or under the text ("22. März
2011 · Autor: A", "Neuigkeit vom Mittwoch, 27. September 2006 – geschrieben von A"; issue 11,
data/poststamps ``DATE_BYLINE_STAMP_LINE``); small invented lines."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines


@pytest.mark.parametrize(
    "stamp",
    [
        "22. März 2011 · Autor: Jana Beispiel",
        "13. September 2011 · Autorin: Jana Beispiel und Jan Muster",
        "Neuigkeit vom Mittwoch, 27. September 2006 – geschrieben von Jana Beispiel",
        "Neuigkeit vom Mittwoch, 16. Januar 2008 – geschrieben vom Vorstand",
        "03.08.2022 | Verfasst von: Jan Muster",
    ],
)
def test_a_date_with_a_poster_label_leaves(stamp: str) -> None:
    assert kept_lines([stamp, *LINES]) == LINES
    assert kept_lines([*LINES, stamp]) == LINES


def test_a_date_and_a_sentence_about_an_author_stays() -> None:
    line = "22. März 2011 · Autor: Jana Beispiel liest in der Filiale aus ihrem Buch über Geld."
    assert kept_lines([*LINES, line]) == [*LINES, line]
