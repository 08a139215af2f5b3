"""Body rules from de_full32's misses, judged on de_full33, de_full34 and half BL (issue 11):
the standing note that the sender, not the site, answers for the text (a press or ticker
portal's), on invented lines, with the sentences that open like one and stay."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines


@pytest.mark.parametrize(
    "note",
    [
        "Für den Inhalt der Pressemitteilung ist der Einsteller verantwortlich.",
        "Für den Inhalt der Mitteilung ist der Emittent / Herausgeber verantwortlich.",
        "Für den Inhalt dieser Meldung ist allein das Unternehmen verantwortlich.",
        "Für den Inhalt des Beitrags ist der Verfasser verantwortlich.",
        "The issuer is solely responsible for the content of this announcement.",
    ],
)
@pytest.mark.parametrize("where", ["above", "below"])
def test_a_note_on_who_answers_for_the_text_leaves(note: str, where: str) -> None:
    lines = [note, *LINES] if where == "above" else [*LINES, note]
    assert kept_lines(lines) == LINES


@pytest.mark.parametrize(
    "line",
    [
        "Für den Inhalt der Werbung ist die Bank verantwortlich, sagt die Verbraucherzentrale.",
        "Für den Inhalt der Pressemitteilung ist der Einsteller verantwortlich, so der Betreiber.",
        "Für die Sicherheit der Konten ist die Bank verantwortlich.",
        "Wer ist für den Inhalt der Mitteilung verantwortlich? Das klärt nun ein Gericht.",
    ],
)
def test_a_sentence_on_who_answers_for_something_else_stays(line: str) -> None:
    assert kept_lines([*LINES[:2], line, LINES[2]]) == [*LINES[:2], line, LINES[2]]
