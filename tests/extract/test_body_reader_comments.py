"""German body rule for readers' comments and replies closing the text (issue 11): a line
crediting a comment's writer (and a date) in the body's second half ends the body, each on
small invented lines; article sentences that open like one stay."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

SENTENCE = "Die Volksbank Erlenried schließt im Sommer zwei kleine Geschäftsstellen im Umland."
OTHER = "Kunden der beiden Stellen werden künftig in der Hauptstelle am Markt beraten."


def _kept(lines: list[str]) -> list[str]:
    return clean_lines(lines, "", "", SiteRules())[0]


@pytest.mark.parametrize(
    "comment",
    [
        ["Sparschwein42 schrieb: Bei uns im Ort ist es genauso gekommen."],
        ["Ulla Brettschneider hat folgendes geschrieben:", "Schade um die Filiale."],
        ["Organist a.D. (03.04.2005): Gut, dass das hier steht.", "Rita (04.04.2005): Danke!"],
        ["Schade drum von Kassenprüfer am 12.06.2009: Das war absehbar."],
        ["Re: Filialen (Wertung: 2)", "von Zahlenfreund am 12.06.2009", "Kam nicht überraschend."],
        ["Eintrag von Zahlenfreund am 07.10.2010, 21:14"],
    ],
)
def test_readers_comments_under_the_text_leave(comment: list[str]) -> None:
    assert _kept([SENTENCE, OTHER, SENTENCE, *comment]) == [SENTENCE, OTHER, SENTENCE]


@pytest.mark.parametrize(
    "line",
    [
        "Die Bank schrieb: Wir bleiben mit dem Geldautomaten im Ort.",
        "Der Antrag wurde von der Gemeinde am 12.06.2009 gestellt und später zurückgezogen.",
        "Ein Sprecher der Bank schrieb: Die Beratung zu Hause bleibt kostenlos.",
    ],
)
def test_a_sentence_opening_like_a_comment_stays(line: str) -> None:
    assert _kept([SENTENCE, OTHER, line]) == [SENTENCE, OTHER, line]


def test_a_comment_credit_in_the_first_half_stays() -> None:
    line = "Sparschwein42 schrieb: Bei uns im Ort ist es genauso gekommen."
    lines = [SENTENCE, line, OTHER, SENTENCE, OTHER]
    assert _kept(lines) == lines
