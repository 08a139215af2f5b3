"""Body rules from the misses of de_full37 and de_full38 (issue 11): kinds of page part read
there and counted in the older read sets, each on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, PRICES_URL, page_with, paragraphs

from newsarchive.extract import extract


def _extract(after: str, count: int = 4) -> dict[str, object]:
    text = paragraphs("die Preise steigen", count)
    page = page_with(f"<main><h1>Neue Preise</h1>{text}{after}</main>")
    return extract(page, PRICES_URL, fetched_at=FETCHED)


@pytest.mark.parametrize(
    "credit",
    [
        "Text: Wiebke Sandhorst",
        "Autorin: Wiebke Sandhorst",
        "Autor/in: Wiebke Sandhorst",
        "Bericht: Henrik Olmhaus, Pressewart",
        "Ein Beitrag von Wiebke Sandhorst",
        "Das Gespräch führte Wiebke Sandhorst.",
        "Henrik Olmhaus, Pressewart",
    ],
)
def test_the_writers_credit_closing_the_text_leaves(credit: str) -> None:
    result = _extract(f"<p>{credit}</p>")
    body = str(result["body"])
    assert "erklärt im 4. Absatz" in body
    assert credit[:14] not in body


def test_the_credit_still_names_the_author() -> None:
    result = _extract("<p>Text: Wiebke Sandhorst</p>")
    assert "Sandhorst" not in str(result["body"])
    assert result["authors"] == ["Wiebke Sandhorst"]  # (read before the credit leaves)


def test_the_lines_after_the_credit_leave_with_it() -> None:
    after = (
        "<p>Text: Wiebke Sandhorst</p><p>Weitere Meldungen:</p>"
        "<ul><li>Herbstmarkt im Ortskern (12.09.2024)</li>"
        "<li>Neue Mitglieder (01.09.2024)</li></ul>"
    )
    body = str(_extract(after)["body"])
    assert "erklärt im 4. Absatz" in body
    assert "Herbstmarkt" not in body
    assert "Sandhorst" not in body


def test_a_credit_with_a_paragraph_after_it_stays() -> None:
    after = (
        "<p>Text: Wiebke Sandhorst</p><p>Die Sparkasse Musterstadt erklärt danach noch einmal "
        "ausführlich, warum die Gebühren steigen, wer davon ausgenommen bleibt und bis wann "
        "Kundinnen und Kunden ihr Kontomodell kostenlos wechseln können.</p>"
    )
    body = str(_extract(after)["body"])
    assert "Text: Wiebke Sandhorst" in body
    assert "kostenlos wechseln" in body


def test_a_heading_like_a_signature_before_a_sentence_stays() -> None:
    line = "Echte Stimme, falsches Angebot"
    after = f"<p>{line}</p><p>Wer unsicher ist, ruft die Bank an.</p>"
    body = str(_extract(after)["body"])
    assert line in body
    assert "ruft die Bank an" in body
