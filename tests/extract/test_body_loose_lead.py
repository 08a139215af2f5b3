"""A container's first paragraph written loose in the ``<div>`` before its ``<p>``
paragraphs ("<strong>Hamburg, 26. Februar 2026</strong> – Die Bank hat …", a press release's
editor field): wrapped as a paragraph, so trafilatura keeps it (divtext
``_wrap_loose_lead``; session 35, read on blind de_full114, issue 11). Small invented
pages; a short label before the paragraphs is not wrapped."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract.extraction import extract

URL = "https://www.nordmole-bank.example/presse/2026/geschaeftszahlen-2025/"
PARAS = "".join(
    f"<p>Im {n}. Absatz erklärt die Bank, wie sie die Beratung per Video ausbauen will und "
    "was Kundinnen und Kunden davon haben sollen.</p>"
    for n in range(1, 5)
)


def body(lead: str) -> str:
    """The body of an invented press release whose text field opens with ``lead``."""
    html = page_with(
        "<main><h1>Nordmole Bank steigert ihr Ergebnis</h1>"
        f"<div class='cmp-text'>{lead}{PARAS}</div></main>",
        "<title>Geschäftszahlen 2025 | Nordmole Bank</title>",
    )
    return str(extract(html, URL, fetched_at=FETCHED)["body"] or "")


def test_the_loose_first_paragraph_is_kept() -> None:
    lead = (
        "<strong>Hamburg, 26. Februar 2026</strong> – Die Nordmole Bank AG hat im "
        "Geschäftsjahr 2025 ihr Ergebnis vor Steuern um 18 Prozent gesteigert."
    )
    assert "ihr Ergebnis vor Steuern um 18 Prozent gesteigert" in body(lead)


@pytest.mark.parametrize("lead", ["Pressemitteilung", "<strong>Kontakt:</strong> Presse"])
def test_a_short_label_is_no_paragraph(lead: str) -> None:
    text = body(lead)
    assert "Pressemitteilung" not in text
    assert "Kontakt:" not in text
