"""A post line's view count and its time's zone are no sentence beside the date line's date
("am 14.03.2008 - 10:15 (564 Aufrufe)", "[19:20 UTC]"; issue 11: rd7's 06aebf8 from half AQ's
misses, re-judged by rd10); small pages written for the test."""

from __future__ import annotations

import re

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract import data

TEXT = paragraphs("sich Tagesgeld-Hopping für Kleinanleger lohnt")
URL = "https://www.treff.example/modules.php?name=News&sid=41"
OTHERS = "".join(
    f"<li><a>Meldung {n}</a> <span>{day}.06.2006</span></li>" for n, day in ((1, 28), (2, 26))
)


def _page(line: str) -> str:
    return (
        f"<div class='box'><h3>Neu im Forum</h3><ul>{OTHERS}</ul></div>"
        "<div class='story'><h1>Tagesgeld-Hopping: Lohnt sich der Aufwand?</h1>"
        f"<div class='info'>{line}</div>{TEXT}</div>"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Von: Frank Oberländer am Montag, 3. Juli 2006 [19:20 UTC] (319 Aufrufe)",
        "Frank Oberländer am 03.07.2006 - 21:20 (1.204 Zugriffe)",
        "Frank Oberländer, 3. Juli 2006 (57 mal gelesen)",
    ],
)
def test_the_counted_line_is_the_date_line(line: str) -> None:
    assert (published_on(_page(line), "", URL) or "")[:10] == "2006-07-03"


def test_words_beside_the_date_still_count(monkeypatch: pytest.MonkeyPatch) -> None:
    # switched off, the count is a sentence beside the date: the line is no date line, and
    # the box's oldest day is taken
    monkeypatch.setattr(data, "DATE_LINE_COUNTS", re.compile(r"(?!)"))
    line = "Von: Frank Oberländer am Montag, 3. Juli 2006 [19:20 UTC] (319 Aufrufe)"
    assert (published_on(_page(line), "", URL) or "")[:10] == "2006-06-26"
