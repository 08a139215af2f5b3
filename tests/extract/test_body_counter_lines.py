"""Body rule for a home page's visitor counter closing the text (issue 11,
:data:`~newsarchive.extract.data.COUNTER_LINE`), on small invented lines, with sentences
about visitors and a counter high in the text left alone."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

SENTENCE = "Die Sparkasse Lindenau beantwortet Fragen zum Konto jetzt auch per Nachricht im Netz."
EN_SENTENCE = "My branch now opens three mornings a week, so I pay my tips in at the post office."


def _kept(lines: list[str]) -> list[str]:
    return clean_lines(lines, "", "", SiteRules())[0]


@pytest.mark.parametrize(
    "counter",
    [
        "You are visitor number 004211",
        "You are visitor #87",
        "Visitors since 2001: 12,408",
        "Sie sind Besucher Nr. 21.305 seit dem 01.03.2003",
        "Sie sind Besucher Nr.",
        "Du bist Besucher Nummer 512",
        "2207 Besucher seit 04.09.2001",
        "Besucher seit dem 12.06.2004:",
        "Besucher seit 1998",
        "Zugriffe seit März 2002: 8.114",
    ],
)
def test_a_visitor_counter_under_the_text_leaves(counter: str) -> None:
    assert _kept([SENTENCE, EN_SENTENCE, counter]) == [SENTENCE, EN_SENTENCE]


@pytest.mark.parametrize(
    "line",
    [
        "Besucher brauchen an der Kasse etwas Geduld, denn es gibt nur einen Schalter.",
        "Besucher seit der Eröffnung loben den neuen Automaten.",
        "Sie sind der Besucher, auf den die Filiale gewartet hat.",
        "Visitors since the redesign stay longer on the help pages.",
    ],
)
def test_a_sentence_about_visitors_stays(line: str) -> None:
    assert _kept([SENTENCE, EN_SENTENCE, line]) == [SENTENCE, EN_SENTENCE, line]


def test_a_counter_high_in_the_text_stays() -> None:
    lines = [SENTENCE, "Besucher seit 1998", SENTENCE, EN_SENTENCE, SENTENCE]
    assert _kept(lines) == lines
