"""A closing line crediting a report's helpers ("Mitarbeit: Lena Kraus", "Unter Mitarbeit von
A und B", "Recherche: A") leaves the body like a writer's credit, and its names are no
authors (session 49, read on de_full186 and de_full107). Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

URL = "https://www.kreisbote-musterstadt.example/wirtschaft/sparkasse-filialen-12345"
TEXT = paragraphs("sie sieben Filialen schließt", 4)


@pytest.mark.parametrize(
    "credit",
    [
        "Mitarbeit: Lena Kraus",
        "Unter Mitarbeit von Lena Kraus und Jan Roth",
        "Recherche: Lena Kraus",
    ],
)
def test_a_helpers_credit_leaves_the_body(credit: str) -> None:
    article = (
        "<h1>Sparkasse schließt sieben Filialen</h1><p class='byline'>Von Anna Berger</p>"
        f"{TEXT}<p><em>{credit}</em></p>"
    )
    result = extracted(article, URL)
    assert "Lena Kraus" not in (result["body"] or "")
    assert result["authors"] == ["Anna Berger"]


def test_a_sentence_about_help_stays() -> None:
    line = "Mitarbeit im Verein lohnt sich, sagt die Vorsitzende, weil man viele Menschen trifft."
    article = f"<h1>Sparkasse schließt sieben Filialen</h1>{TEXT}<p>{line}</p>"
    assert line in (extracted(article, URL)["body"] or "")
