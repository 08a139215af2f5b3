"""Body rules from de_full7's misses, judged on de_full8 (issue 11): kinds of page part read
on de_full7 and the dev pages, each on small invented lines, with the text it must leave
alone."""

from __future__ import annotations

import pytest
from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept

HEADLINE = "Volksbank startet Kanal auf Instagram"


@pytest.mark.parametrize(
    "above",
    [
        ["Fachartikel"],
        ["Geldgeschichten · Vorsorge"],
        ["Ihre Bank vor Ort › Presse › Pressemitteilungen", "Pressemitteilung · 02.06.2026"],
    ],
)
def test_labels_above_the_headline_leave(above: list[str]) -> None:
    assert _kept([*above, HEADLINE, *TEXT]) == TEXT


def test_a_sentence_above_the_headline_stays() -> None:
    line = "Die Volksbank erklärt ihren neuen Auftritt."
    assert _kept([line, HEADLINE, *TEXT]) == [line, *TEXT]


def test_a_headline_and_its_teaser_alone_keep_the_line_above() -> None:
    assert _kept(["Unsere Mission", HEADLINE, TEXT[0]]) == ["Unsere Mission", TEXT[0]]


def test_without_the_headline_a_short_first_line_is_not_read_as_a_label() -> None:
    assert _kept(["Neue Wege", "Ein kurzer Satz folgt.", *TEXT]) == [
        "Neue Wege",
        "Ein kurzer Satz folgt.",
        *TEXT,
    ]
