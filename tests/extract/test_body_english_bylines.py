"""English body rule from rbe5's read sets (issue 11): a byline line whose label the "By …"
rule does not read ("Authors: …", "Submitted by …", "Guest post by …", a post's stamp with
"by") is no text first or last in the body, on small invented lines; a sentence naming a
writer stays."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

TEXT = [
    "Fernhollow Savings now answers questions about card fees on two social apps.",
    "Replies arrive within the hour on weekdays, the bank's customer team says.",
    "Account details are never discussed in a public reply, only in a private chat.",
    "The lender said it would report on the trial's first year in the spring.",
]


@pytest.mark.parametrize(
    "byline",
    [
        "Authors: Mara Quill, Tobin Reed",
        "Words: Mara Quill",
        "Submitted by Tobin Reed",
        "— Submitted by the Club Secretary, 04/04/2007",
        "Guest post by Mara Quill",
        "Given by Tobin Reed, Deputy Governor",
        "submitted by ledger_lark_77",
        "Posted at 10:15AM Mar 14, 2006 by Mara Quill in Banking | Comments[3]",
        "May 11, 2004 - by Mara Quill",
        "Written on March 3, 2011",
    ],
)
def test_an_english_byline_line_first_or_last_leaves(byline: str) -> None:
    assert clean_lines([byline, *TEXT], "", "", SiteRules())[0] == TEXT
    assert clean_lines([*TEXT, byline], "", "", SiteRules())[0] == TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Submitted by hundreds of savers, the petition asks the bank to keep its branch.",
        "Posted by mistake, the notice was withdrawn within the hour.",
        "Authors of the study say fees abroad fell by a third.",
    ],
)
def test_a_sentence_naming_a_writer_stays(line: str) -> None:
    assert clean_lines([line, *TEXT], "", "", SiteRules())[0] == [line, *TEXT]
