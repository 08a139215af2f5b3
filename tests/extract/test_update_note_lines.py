"""A note that the article was changed, "Dieser Artikel wurde am 22.10.2024 um die
Stellungnahme der Bank ergänzt.", is no posted-by line like WordPress's "Dieser Eintrag
wurde am … veröffentlicht": the byline's day stands (issue 11, session 61: a date down under
the ``<main>`` layout rule restored; dev unchanged). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

URL = "https://www.finanzhaus-muster.example/banken/chatbot-nannte-falsche-zinsen"


@pytest.mark.parametrize("verb", ["ergänzt", "aktualisiert", "korrigiert"])
def test_a_change_note_under_the_text_is_no_date_line(verb: str) -> None:
    body = (
        "<main><article><h1>Chatbot der Bank nannte falsche Zinssätze</h1>"
        "<p>Von Dr. Henrike Albers</p><p>21. Oktober 2024, 06:00 Uhr</p>"
        f"{paragraphs('der Chatbot falsche Zinsen nannte', 5)}"
        f"<p>Dieser Artikel wurde am 22.10.2024 um die Stellungnahme der Bank {verb}.</p>"
        "</article></main>"
    )
    head = "<meta property='article:published_time' content='2024-10-21T06:00:00+02:00'>"
    assert (published_on(body, head, URL) or "")[:10] == "2024-10-21"


def test_the_posted_line_under_the_text_still_dates_the_page() -> None:
    body = (
        "<main><article><h1>Chatbot der Bank nannte falsche Zinssätze</h1>"
        f"{paragraphs('der Chatbot falsche Zinsen nannte', 5)}"
        "<p>Dieser Eintrag wurde am 21.10.2024 veröffentlicht.</p></article></main>"
    )
    assert (published_on(body, "", URL) or "")[:10] == "2024-10-21"
