"""An events list after the text is no date line (issue 11: a sidebar's date taken for the
published one): "Nächste Termine", "Nächstes Treffen", "Terminkalender"."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("der Verein einen Stammtisch für Sparer anbietet")
URL = "https://www.sparverein-musterhausen.example/aktuelles/stammtisch"
HEAD = "<meta property='article:published_time' content='2024-11-12T10:00:00+01:00'>"


@pytest.mark.parametrize("heading", ["Nächste Termine", "Nächstes Treffen", "Terminkalender"])
def test_an_events_lists_date_after_the_text_is_no_date_line(heading: str) -> None:
    body = (
        f"<main><h1>Stammtisch für Sparer</h1>{TEXT}<h2>{heading}</h2>"
        "<p>05.12.2024, 19 Uhr</p><p>Vereinsheim Musterhausen</p></main>"
    )
    assert (published_on(body, HEAD, URL) or "")[:10] == "2024-11-12"
