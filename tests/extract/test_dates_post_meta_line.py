"""A post's meta line's own words are no sentence beside its date (issue 11, round rd30's
post_meta_line and drupal_slashed, re-judged on later blind sets and kept): two or more
writers joined in its byline, "Contributed by:" as a byline label, a clock time and a US zone
in it; and Drupal's "Thu, 10/08/1998 - 21:47" is month first. Small pages written for the
test: a board's post over its replies' days."""

from __future__ import annotations

import pytest
from extract_pages import BOARD_URL, board_post, published_on


@pytest.mark.parametrize(
    "line",
    [
        "Geschrieben von Reinhard Puttfarcken und Elke Meinecke am Donnerstag, 8. Oktober 1998",
        "Contributed by: kurszettel on Thursday, October 08 1998 @ 10:15 AM EST",
        "Thu, 10/08/1998 - 21:47",
    ],
)
def test_a_post_meta_line_is_a_date_line(line: str) -> None:
    assert (published_on(board_post(line), "", BOARD_URL) or "")[:10] == "1998-10-08"


@pytest.mark.parametrize(
    "line",
    [
        # two writers' names inside a sentence around the date: still no date line
        "Reinhard Puttfarcken und Elke Meinecke haben seit dem 8. Oktober 1998 viel verloren",
        # a slashed day with a clock but no Drupal dash stays ambiguous (not month first)
        "10/08/1998 21:47",
    ],
)
def test_no_date_line_without_the_meta_line_form(line: str) -> None:
    assert (published_on(board_post(line), "", BOARD_URL) or "")[:10] != "1998-10-08"
