"""English body rules read on en_d's misses: the labels of key-point boxes, the
standfirst in a ``dek`` class, a summary box of points that is no lead, standing
disclosures and tables of contents. Each rule on small invented lines or pages, and the
text it must leave alone."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

TEXT = [
    "Kestrel Bank has quietly become one of the most active lenders on TikTok, posting short "
    "videos about budgeting several times a week.",
    "A team of twelve staff members writes the posts and answers comments during office hours.",
    "The bank plans to review the results at the end of the year before adding a channel.",
]
POINTS = ["- Paid creators must label their posts.", "- Replies come within an hour."]


def _kept(lines: list[str]) -> list[str]:
    return clean_lines(lines, "", "", SiteRules())[0]


@pytest.mark.parametrize(
    "label",
    [
        "Key takeaways",
        "Key points:",
        "Highlights",
        "The research in brief",
        "In brief",
        "At a glance",
        "In today’s issue:",
        "TL;DR",
    ],
)
def test_the_label_of_a_key_points_box_leaves_its_points_stay(label: str) -> None:
    assert _kept([label, *POINTS, *TEXT]) == [*POINTS, *TEXT]


@pytest.mark.parametrize(
    "line",
    [
        "Highlights of the year included a new savings app.",
        "In brief, the bank wants younger customers.",
        "Key takeaways from the survey surprised the bank.",
    ],
)
def test_sentences_opening_like_a_label_stay(line: str) -> None:
    assert _kept([TEXT[0], line, *TEXT[1:]]) == [TEXT[0], line, *TEXT[1:]]
