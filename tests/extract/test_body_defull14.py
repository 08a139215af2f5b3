"""Body rules from de_full14's misses, judged on de_full15 (issue 11): kinds of line and of
markup read on de_full14, each on small invented pages or lines, with the text it must leave
alone."""

from __future__ import annotations

from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept


def test_a_reading_tip_leaves() -> None:
    for line in (
        "Lesetipp: Sparkasse eröffnet neue Filiale am Markt",
        "Unser Lesetipp: Was das neue Kontomodell kostet",
        "Leseempfehlung: Die Zinswende und ihre Folgen",
    ):
        assert _kept([TEXT[0], line, *TEXT[1:]]) == TEXT


def test_a_sentence_about_reading_stays() -> None:
    line = "Lesetipps für Kinder verteilt die Bank in ihren Filialen an jedem ersten Montag."
    assert _kept([*TEXT, line]) == [*TEXT, line]
