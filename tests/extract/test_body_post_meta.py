"""Body rule for a post's meta lines (issue 11, ``postmeta.py``): a reading-time line with
the day or the writer beside it leaves, and so does a footer among the last lines that
counts the comments or links the post; text naming minutes or comments stays."""

from __future__ import annotations

import pytest
from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept


@pytest.mark.parametrize(
    "line",
    [
        "17. August 2021 · 4 Min. Lesezeit",
        "Lesedauer: 3 Minuten",
        "Veröffentlicht am 19. August 2025 · Aktualisiert am 2. September 2025 · Lesezeit 4 Min.",
        "Nadine Kurz · 7 Min. Lesezeit",
        "5 min read",
    ],
)
def test_a_reading_time_line_leaves(line: str) -> None:
    assert _kept([line, *TEXT]) == TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Autor: Henrike Baumgart am 04.11.2003 um 23:10 | Kommentare (2) | Permalink",
        "Posted am 07.10.2008 22:10 von Dennis Kowalczyk | Kommentare (1)",
        "( Lies mehr... | 2 Kommentare )",
        "gepostet am 12.1.09 um 20:35 | Kommentare (0) | Trackback",
    ],
)
def test_a_posts_footer_under_the_text_leaves(line: str) -> None:
    assert _kept([*TEXT, line]) == TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Die Beratung dauert 30 Minuten, die Lesezeit des Vertrags ist länger.",
        "Some of the posts drew more than 3,200 comments, many from new customers.",
        "Heute schreibt hier Sabine Lührs. Eingetragen von Torsten um 09:12 | Kommentare (0)",
    ],
)
def test_text_naming_minutes_or_comments_stays(line: str) -> None:
    assert _kept([*TEXT, line]) == [*TEXT, line]
