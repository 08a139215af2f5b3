"""Readers' comments under the text credited with a day (issue 11, round rb28): "X schrieb am
<day>[, time]: …" and a login alone over its comment ("kleiner_pirat am 03.09.1999:") end the
body in its second half (:data:`~newsarchive.extract.data.READER_COMMENT_LINE`; kind read on
a portal's and a memorial page's comments). Small invented lines; a capitalised heading with a
day ("Fazit am 15.06.2006:"), a sentence with an article and a credit in the first half stay."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

SENTENCE = "Der Sparverein am Hafen feiert sein fünfzigjähriges Bestehen mit einem Sommerfest."
OTHER = "Die Mitglieder treffen sich seit 1975 jeden ersten Freitag im Monat in der Hafenkneipe."


def _kept(lines: list[str]) -> list[str]:
    return clean_lines(lines, "", "", SiteRules())[0]


@pytest.mark.parametrize(
    "comment",
    [
        ["zinsjaeger schrieb am 31.01.2008: Danke für den schönen Bericht."],
        ["Ute Brandes schrieb am 12.03.2011, 18:40: Genau so war es damals."],
        ["kleiner_pirat am 03.09.1999:", "Schön geschrieben, ich war auch dabei."],
        ["heidi77 am 04.09.1999 um 21:15:", "Herzlichen Glückwunsch an den Verein!"],
    ],
)
def test_dated_comment_under_the_text_leaves(comment: list[str]) -> None:
    assert _kept([SENTENCE, OTHER, SENTENCE, *comment]) == [SENTENCE, OTHER, SENTENCE]


@pytest.mark.parametrize(
    "line",
    [
        "Fazit am 15.06.2006:",
        "Die Kasse schrieb am 12.06.2009: Die Einlagen bleiben sicher.",
    ],
)
def test_a_heading_or_sentence_with_a_day_stays(line: str) -> None:
    assert _kept([SENTENCE, OTHER, line, SENTENCE]) == [SENTENCE, OTHER, line, SENTENCE]


def test_a_dated_comment_in_the_first_half_stays() -> None:
    lines = [SENTENCE, "kleiner_pirat am 03.09.1999:", OTHER, SENTENCE, OTHER]
    assert _kept(lines) == lines
