"""Body rules from de_full32's misses, judged on de_full33, de_full34 and half BL (issue 11):
a line that only counts a post's readers or reactions, on invented lines, with the
sentences that hold a count and stay."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines


@pytest.mark.parametrize(
    "counter",
    [
        "20 Likes",
        "1.204 Zugriffe",
        "38 Aufrufe · 0 Kommentare",
        "(412 mal gelesen)",
        "Diese Pressemitteilung wurde 3845 mal gelesen.",
        "1,2 k Views | 14 Comments",
    ],
)
@pytest.mark.parametrize("where", ["below", "between"])
def test_a_counter_line_leaves(counter: str, where: str) -> None:
    lines = [*LINES, counter] if where == "below" else [*LINES[:2], counter, LINES[2]]
    assert kept_lines(lines) == LINES


@pytest.mark.parametrize(
    "line",
    [
        "20 Likes bekam der erste Beitrag der Sparkasse auf Instagram.",
        "Die Pressemitteilung wurde 3845 mal geteilt, sagt die Bank.",
        "Das Video wurde 87.400 mal gelesen und kommentiert, heißt es bei der Bank.",
        "2.000 Aufrufe in einer Stunde: Der Kanal der Bank wächst schnell.",
    ],
)
def test_a_sentence_with_a_count_stays(line: str) -> None:
    assert kept_lines([*LINES[:2], line, LINES[2]]) == [*LINES[:2], line, LINES[2]]
