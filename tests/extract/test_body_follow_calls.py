"""A call to follow the site or its channel in the du-form ("Folge uns auf Instagram!",
"Folgt uns …", "Folge Kurzgeld für mehr Finanzwissen in 60 Sekunden!") is no line of the
text, as "Folgen Sie uns" is not (data.NEWS_PROMO in data.BOILERPLATE_LINE; a Web Story's
outro page, read on blind de_full105, session 34)."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

TEXT = [
    "Die Genossenschaftsbank erklärt auf ihrem Kanal in Clips, wie Tagesgeld funktioniert.",
    "Die Videos sind höchstens eine Minute lang, sagte eine Sprecherin der Bank am Montag.",
]


@pytest.mark.parametrize(
    "call",
    [
        "Folge uns auf Instagram!",
        "Folgt uns auf TikTok für mehr Tipps.",
        "Folge Kurzgeld für mehr Finanzwissen in 60 Sekunden!",
    ],
)
def test_a_follow_call_leaves(call: str) -> None:
    lines, _ = clean_lines([*TEXT, call], "Tagesgeld in 60 Sekunden", "", SiteRules())
    assert lines == TEXT


def test_a_line_of_prose_stays() -> None:
    prose = "Folge 12 des Podcasts erklärt, warum Festgeld wieder gefragt ist."
    lines, _ = clean_lines([*TEXT, prose], "Tagesgeld in 60 Sekunden", "", SiteRules())
    assert lines == [*TEXT, prose]
