"""Body rules from de_full24's misses, judged on de_full25 to de_full27 (issue 11): kinds
of line read on de_full24 (and the older read sets), each on small invented pages, with the
text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "http://www.stadtnachrichten.example/news/sparkasse-spendet.php"


def _body(before: str, after: str = "") -> str:
    text = f"<h1>Sparkasse spendet</h1>{before}{paragraphs('die Sparkasse spendet')}{after}"
    return str(extract(page_with(f"<main>{text}</main>"), URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "label", ["Kategorie: Wirtschaft", "Kategorien: Banken & Finanzen", "Rubrik: Geld & Recht"]
)
@pytest.mark.parametrize("where", ["above", "below"])
def test_a_posts_category_label_line_leaves(label: str, where: str) -> None:
    line = f"<p>{label}</p>"
    body = _body(line) if where == "above" else _body("", line)
    assert "erklärt im 3. Absatz, warum die Sparkasse spendet" in body
    assert label not in body


@pytest.mark.parametrize(
    "sentence",
    [
        "Kategorie: Die Sparkasse spendet. Der Verein freut sich über das Geld.",
        "Kategorie: Wirtschaft, Region, Vereine, Schulen, Sport, Kultur und alles, was die "
        "Stadt bewegt",
    ],
)
def test_a_label_before_a_sentence_or_a_long_line_stays(sentence: str) -> None:
    assert sentence in _body(f"<p>{sentence}</p>")
