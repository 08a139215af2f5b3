"""The interviewer credited by a label like "Text:" ("Interview: A", "Interview: A,
29.01.2026"), kind read in halves F, L and Q (issue 11): the name is the author; "Interview
mit A" names the interviewee, nobody's byline."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Frage {n}: Wie verändert Instagram die Art, wie junge Menschen ihr erstes Konto "
    "auswählen? Die Antwort fällt je nach Bank ganz unterschiedlich aus.</p>"
    for n in range(1, 5)
)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Interview: Reto Gisler, 29.01.2026", ["Reto Gisler"]),
        ("Interview: Carola Weiß", ["Carola Weiß"]),
        ("Interview mit Carola Weiß", []),
    ],
)
def test_interview_label(byline: str, expected: list[str]) -> None:
    html = page_with(
        f"<article><h1>Wie Banken junge Kunden finden</h1><p>{byline}</p>{TEXT}</article>",
        "<title>Wie Banken junge Kunden finden - Campusblatt</title>",
    )
    assert (
        extract(html, "https://campusblatt.example/interview", fetched_at=FETCHED)["authors"]
        == expected
    )
