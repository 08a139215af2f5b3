"""Body rules from de_full24's misses, judged on de_full25 and de_full26 (issue 11): kinds
of line read on de_full24 (and the older read sets), each on small invented pages, with the
text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "http://www.zeitung.example/wirtschaft/bank-fusion.html"


def _body(line: str) -> str:
    text = f"<h1>Zwei Banken fusionieren</h1>{paragraphs('die Banken fusionieren')}{line}"
    return str(extract(page_with(f"<main>{text}</main>"), URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "row",
    [
        "« zurück · Mehr aus der Wirtschaft: Neue Filiale am Markt · Zinsen steigen wieder "
        "· Kinder sparen am Weltspartag",
        "Weitere Nachrichten: Neue Filiale am Markt | Zinsen steigen wieder | Kinder sparen",
        "Lesen Sie auch: Neue Filiale am Markt • Zinsen steigen wieder • Kinder sparen",
    ],
)
def test_a_row_of_related_headlines_leaves(row: str) -> None:
    body = _body(f"<p>{row}</p>")
    assert "erklärt im 3. Absatz, warum die Banken fusionieren" in body
    assert "Zinsen steigen wieder" not in body


@pytest.mark.parametrize(
    "sentence",
    [
        # a label and a sentence: no row of headlines
        "Weitere Meldungen: Die Sparkasse rechnet mit weniger Filialen im nächsten Jahr.",
        # one separator: two items, not a row
        "Weitere Meldungen: Zinsen steigen wieder | Kinder sparen am Weltspartag",
        # separators, but no related-links label at the line's start
        "Die Kennzahlen: Bilanzsumme 1,2 Mrd. Euro · Einlagen 900 Mio. Euro · Kredite 800 Mio.",
    ],
)
def test_labelled_lines_without_a_row_of_headlines_stay(sentence: str) -> None:
    assert sentence in _body(f"<p>{sentence}</p>")
