"""Body rules from de_full24's misses, judged on de_full25 and de_full26 (issue 11): kinds
of line read on de_full24 (and the older read sets), each on small invented pages, with the
text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "http://www.zeitung.example/wirtschaft/bank-fusion.html"


def _body(line: str) -> str:
    text = f"<h1>Zwei Banken fusionieren</h1>{line}{paragraphs('die Banken fusionieren')}"
    return str(extract(page_with(f"<main>{text}</main>"), URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "status",
    [
        "Sie lesen einen frei verfügbaren Artikel. Die ganze Ausgabe gibt es für Abonnenten.",
        "Sie lesen diesen Plus-Artikel, weil Sie angemeldet sind.",
        "Sie lesen einen Artikel aus der gedruckten Ausgabe. Jetzt vier Wochen testen",
        "ZW+ Dieser Artikel ist Teil unseres Abonnements.",
    ],
)
def test_the_readers_status_line_leaves(status: str) -> None:
    body = _body(f"<p>{status}</p>")
    assert "erklärt im 3. Absatz, warum die Banken fusionieren" in body
    assert status[:25] not in body


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie lesen den Bericht der Bank und staunen über die Zahlen.",
        "Dieser Artikel ist Teil einer Serie über Banken in der Region.",
        "Sie lesen in diesem Artikel, wie die Fusion abläuft, und in zwei Wochen mehr darüber, "
        "was die Kundinnen und Kunden der beiden Häuser dann erwartet und wo die Filialen "
        "bleiben, die beide Häuser in der Stadt betreiben und weiter betreiben wollen.",
    ],
)
def test_sentences_about_reading_stay(sentence: str) -> None:
    assert sentence in _body(f"<p>{sentence}</p>")
