"""English body rules from en_g's and en_h's misses, judged on en_i (issue 11): a post's
English stamp lines (the reading time, an old news tool's "Posted by … (N reads)", a
"Written by" label over the name) leave, on small invented lines, with the sentences that
open like them left alone."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

SENTENCE = "Kestrel Bank now answers account questions by private message on three social apps."


@pytest.mark.parametrize(
    "stamp",
    [
        "5 min read",
        "12 minute read",
        "Reading time: 4 minutes",
        "Posted by Garrick Holloway on Tuesday, March 16, 2004 @ 10:15:00 EST (1,728 reads)",
    ],
)
def test_an_english_stamp_line_leaves(stamp: str) -> None:
    lines = [SENTENCE, stamp, SENTENCE]
    assert clean_lines(lines, "", "", SiteRules())[0] == [SENTENCE, SENTENCE]


def test_a_byline_label_over_the_name_leaves() -> None:
    lines = ["Written by", "Caius Penhaligon", SENTENCE, SENTENCE]
    assert clean_lines(lines, "", "", SiteRules())[0] == [SENTENCE, SENTENCE]


@pytest.mark.parametrize(
    "lines",
    [
        ["Written by", "Two analysts who follow retail banks wrote the report.", SENTENCE],
        [SENTENCE, SENTENCE, SENTENCE, "Written by", "Caius Penhaligon"],
        [SENTENCE, "The 5 min read on the app explains the fees.", SENTENCE],
        [SENTENCE, "Posted by the bank on Tuesday, the video had 1,728 views.", SENTENCE],
    ],
)
def test_lines_opening_like_a_stamp_stay(lines: list[str]) -> None:
    kept = clean_lines(lines, "", "", SiteRules())[0]
    assert [line for line in lines if len(line) > 40] == [line for line in kept if len(line) > 40]
    assert ("Caius Penhaligon" in kept) == ("Caius Penhaligon" in lines)
