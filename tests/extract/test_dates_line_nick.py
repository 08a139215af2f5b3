"""A post's byline with the writer's login as one lower-case word ("Geschrieben von
moneypenny am 8. Oktober 1998 um 21:47:00:", "Posted by kurszettel, 11/22/2000; 6:03:21 PM")
is a date line like one with a full name, before the replies' days under the text (a board's
or a blog's post; issue 11, rd23's date round); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import BOARD_URL, board_post, published_on


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Geschrieben von moneypenny am 8. Oktober 1998 um 21:47:00:", "1998-10-08"),
        ("Posted by kurszettel, 10/08/1998 6:03:21 PM", "1998-10-08"),
        ("Verfasst von rheinländer_77 am 08.10.1998 um 21:47", "1998-10-08"),
    ],
)
def test_a_byline_with_a_login_is_a_date_line(line: str, expected: str) -> None:
    assert (published_on(board_post(line), "", BOARD_URL) or "")[:10] == expected


def test_a_sentence_after_the_login_is_still_no_date_line() -> None:
    # only the label and the one word leave the rest: a sentence around the date stays
    line = "Geschrieben von moneypenny, die seit dem Kurssturz am 8. Oktober 1998 viel verloren hat"
    assert (published_on(board_post(line), "", BOARD_URL) or "")[:10] != "1998-10-08"
