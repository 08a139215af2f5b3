"""Body rules from de_full24's misses, judged on de_full25 and de_full26 (issue 11): kinds
of line read on de_full24 (and the older read sets), each on small invented pages, with the
text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "http://www.berater.example/html/aktuelles_baugeld.html"


def _body(before: str, after: str = "") -> str:
    text = f"<h1>Baugeld wird teurer</h1>{before}{paragraphs('Baugeld teurer wird')}{after}"
    return str(extract(page_with(f"<main>{text}</main>"), URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "stamp",
    [
        "Eingestellt am 14.09.1999",
        "Geschrieben am 08.10.2002 um 17:12",
        "Gepostet am 4. Oktober 2021",
    ],
)
@pytest.mark.parametrize("where", ["above", "below"])
def test_a_posts_labelled_date_stamp_line_leaves(stamp: str, where: str) -> None:
    line = f"<p>{stamp}</p>"
    body = _body(line) if where == "above" else _body("", line)
    assert "erklärt im 3. Absatz, warum Baugeld teurer wird" in body
    assert stamp[:20] not in body


@pytest.mark.parametrize(
    "sentence",
    [
        "Eingestellt am 14.09.1999 wurde das Programm, weil die Mittel fehlten.",
        "Geschrieben am Küchentisch: so entstand der Plan der Bank.",
    ],
)
def test_sentences_after_the_label_stay(sentence: str) -> None:
    assert sentence in _body(f"<p>{sentence}</p>")
