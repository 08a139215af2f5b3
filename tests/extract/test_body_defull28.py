"""Body rules from de_full28's misses, judged on de_full29 (issue 11): kinds of page part
read on de_full28 (and the older read sets), each on small invented lines, with the text
it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines


@pytest.mark.parametrize(
    "foot",
    [
        "Geschrieben von Erna Beispiel um 22:41 | Kommentare (3) | Link",
        "Erna Beispiel, 22:41:17 # Kommentar [1]",
        "Gepostet von erna_b am 3. November 2009 um 18:20 · 2 Kommentare",
        "Posted by Erna Beispiel at 10:14 PM | Comments (0) | Permalink",
    ],
)
def test_a_posts_foot_line_closes_the_post_with_its_comments(foot: str) -> None:
    comments = ["Kontomaus schrieb: Bei meiner Bank ist es genauso.", "Eintrag von Kontomaus"]
    assert kept_lines([*LINES, foot, *comments]) == LINES


@pytest.mark.parametrize(
    "line",
    [
        "Geschrieben von Erna Beispiel um 22:41 | Permalink",  # no comment counter
        "Die Bank zählte 2 Kommentare unter dem Beitrag, sagt der Sprecher.",
        "Kommentare (3)",
    ],
)
def test_a_line_without_a_posts_foot_form_leaves_the_text_after_it(line: str) -> None:
    assert kept_lines([*LINES, line, LINES[0]])[-1] == LINES[0]


def test_a_posts_foot_line_in_the_first_half_leaves_the_text_after_it() -> None:
    foot = "Erna Beispiel, 22:41:17 # Kommentar [1]"
    assert kept_lines([LINES[0], foot, *LINES[1:], *LINES])[-3:] == LINES
