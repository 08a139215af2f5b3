"""A ``<title>`` "Headline: Sitename" (TYPO3's) whose rest after the colon is the site's name
does not make the ``<h1>`` the site's name: the headline stays (session 49, read on
de_full186); a generic ``<h1>`` before the colon ("Aktuelles: Volksbank X eG") still names
the page's section. Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.geldwerk-leipzig.example/interviews/chatbots"
TEXT = paragraphs("Kundinnen lieber mit Menschen sprechen")
SITE = "Geldwerk Magazin"


def _title(h1: str, headline: str) -> str:
    head = (
        f"<title>{h1}: {SITE}</title><meta property='og:site_name' content='{SITE}'>"
        f"<meta property='og:title' content='{headline}'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"headline": "{headline}"}}</script>'
    )
    body = (
        f"<main><article><h1>{h1}</h1>{TEXT}</article></main>"
        f"<footer><div><h3>{SITE}</h3><p>Verlag Geldwerk Medien, Leipzig</p></div></footer>"
    )
    return extract(page_with(body, head), URL, fetched_at=FETCHED)["title"]


@pytest.mark.parametrize(
    ("h1", "headline", "expected"),
    [
        # the JSON-LD's stale SEO headline: the <h1> the <title> opens with wins
        (
            "Bankkunden wollen Antworten",
            "Interview mit der Gründerin von Klarkonto",
            "Bankkunden wollen Antworten",
        ),
    ],
)
def test_a_title_ending_in_the_site_s_name(h1: str, headline: str, expected: str) -> None:
    assert _title(h1, headline) == expected


def test_a_generic_h1_before_the_colon_names_the_section() -> None:
    site = "Volksbank Musterstadt eG"
    headline = "Crowdfunding-Rekord: Verein sammelt 48.000 Euro"
    head = (
        f"<title>Aktuelles: {site}</title><meta property='og:site_name' content='{site}'>"
        f"<meta property='og:title' content='{headline}'>"
    )
    body = (
        f"<main><h1>Aktuelles</h1><article><h2>{headline}</h2>{TEXT}</article></main>"
        f"<footer><div><h3>{site}</h3><p>Hauptstraße 1, Musterstadt</p></div></footer>"
    )
    assert extract(page_with(body, head), URL, fetched_at=FETCHED)["title"] == headline
