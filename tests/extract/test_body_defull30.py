"""Body rules from de_full30's misses, judged on de_full31 and de_full32 (issue 11): kinds
of page part read on de_full30 (and counted in the older read sets), each on small invented
pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, PRICES_URL, page_with, paragraphs

from newsarchive.extract import extract


def _body(after: str) -> str:
    text = paragraphs("die Preise steigen", 4)
    page = page_with(f"<main><h1>Neue Preise</h1>{text}<p>{after}</p></main>")
    return str(extract(page, PRICES_URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "note",
    [
        "Dieser Beitrag ersetzt keine Rechtsberatung im Einzelfall.",
        "Diese Information ist keine Anlageberatung und ersetzt kein persönliches Gespräch.",
        "Die Inhalte dieser Seite stellen keine Anlageberatung dar.",
        "Der Artikel ersetzt nicht die individuelle Steuerberatung.",
    ],
)
def test_a_note_that_the_text_is_no_advice_leaves(note: str) -> None:
    body = _body(note)
    assert "erklärt im 4. Absatz" in body
    assert note[:20] not in body


@pytest.mark.parametrize(
    "line",
    [
        "Der Chatbot der Bank stellt keine Anlageberatung dar und ersetzt kein Gespräch.",
        "Die Informationen der Verbraucherzentrale ersetzen keine Rechtsberatung, sagt sie.",
        "Eine Rechtsberatung ersetzt dieser Beitrag nicht, doch er zeigt die Fristen.",
    ],
)
def test_a_sentence_about_advice_stays(line: str) -> None:
    assert line in _body(line)
