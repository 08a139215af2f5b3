"""Body rules from de_full32's misses, judged on de_full33, de_full34 and half BL (issue 11):
the stamp line over the text (who posted it and when, or the kind and date of a press page)
in forms the stamp patterns did not read yet (de_full31's, rejected alone in 0f3eebcc and
re-judged here, and de_full32's; kept on de_full35), on invented lines, with the sentences
that open like one and stay."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines


@pytest.mark.parametrize(
    "stamp",
    [
        "Eingetragen von Erna Beispiel am 30.12.2019",
        "Eingetragen von Der Vorstand am 29.05.2025 um 18:40 Uhr",
        "Pressemitteilung vom 11. Februar 2003",
        "Presseinformation vom 03.08.2026",
        "3. März 2020 · von Erna Beispiel",
        "21.07.2009 | von Erna Beispiel und Hans Muster",
        "Geschrieben von Erna Beispiel am 05.12.2006 - 18:20",
        "Verfasst von hans_m am 1. März 2010 – 09:05 Uhr",
        "Presseinformation · 12. April 2006",
        "Pressemitteilung | 03.08.2026",
    ],
)
def test_a_stamp_line_above_the_text_leaves(stamp: str) -> None:
    assert kept_lines([stamp, *LINES]) == LINES


@pytest.mark.parametrize(
    "line",
    [
        "Eingetragen von der Bank wird die neue Nummer erst im Frühjahr, sagt der Vorstand.",
        "Die Pressemitteilung vom 11. Februar 2003 nennt keine Zahlen.",
        "3. März 2020 · Verbraucher",
        "3. März 2020 · von der Sparkasse angekündigt, seither nichts passiert.",
        "Geschrieben von Erna Beispiel am 05.12.2006 - 18:20 Uhr kam die Antwort der Bank.",
        "Presseinformation · die Bank erhöht ihre Preise ab dem 1. Mai.",
    ],
)
def test_a_line_that_opens_like_a_stamp_stays(line: str) -> None:
    assert kept_lines([line, *LINES]) == [line, *LINES]
