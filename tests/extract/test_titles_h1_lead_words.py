"""Words an ``<h1>`` sets before the metadata title with a colon or a dash in its own text
("Raiffeisenbank Innviertel: Kundeneinlagen …", "Nachlass online regeln – …") belong to
the headline: the whole ``<h1>`` is the title (issue 11, session 47, read on de_full173);
a board's subject label ("Thema:"), a field's own label ("Headline:") and words the
``<h1>`` sets apart without a colon (a paywall mark, a kicker) stay labels. Small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.bankblatt-moorland.example/azubi-blog/mein-erstes-jahr/"
META = "Mein erstes Jahr als angehender Bankkaufmann"


def title_of(h1: str) -> str:
    html = page_with(
        f"<main><article><h1>{h1}</h1>{ARTICLE}</article></main>",
        f"<title>{META} | Karriere bei der Raiffeisenbank Moorland</title>"
        f"<meta property='og:title' content='{META}'>",
    )
    return str(extract(html, URL, fetched_at=FETCHED)["title"])


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        (f"Zwischen Schalter und Kreditakte: {META}", f"Zwischen Schalter und Kreditakte: {META}"),
        (f"Raiffeisenbank Moorland: {META}", f"Raiffeisenbank Moorland: {META}"),
        (f"Ausbildung bei der Bank – {META}", f"Ausbildung bei der Bank – {META}"),
        # labels: a board's subject, the field's own name, a mark set apart by a space
        (f"Thema: {META}", META),
        (f"Headline: {META}", META),
        (f"Azubi-Blog {META}", META),
    ],
)
def test_the_h1s_own_lead_words(h1: str, expected: str) -> None:
    assert title_of(h1) == expected
