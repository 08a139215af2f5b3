"""The facets and the card's fields: a section keeps its name (the first of a list joined into
one string, none for a sentence, the headline or a long keyword list), a tag loses the quotes
a template left around it, the top image is no site logo, a paywall plugin's wrapper is no
paywall (forms seen on real dev pages, issue 11, session 28)."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

HEADLINE = "Sparkasse schließt Filiale"


def section(value: str) -> str | None:
    ld = json.dumps({"@type": "NewsArticle", "headline": HEADLINE, "articleSection": value})
    html = page_with(
        f"<h1>{HEADLINE}</h1>" + paragraphs("die Filiale schließt"),
        f"<title>{HEADLINE}</title><script type='application/ld+json'>{ld}</script>",
    )
    return extract(html, "https://www.zeitung.example/filiale", fetched_at=FETCHED)["section"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Wirtschaft", "Wirtschaft"),
        ("Banken,Soziale Medien", "Banken"),
        ("Geld / Recht,Verbraucher,News", "Geld / Recht"),
        ("Geld & Leben, Sparer/innen", "Geld & Leben"),
        ("Vorsorge,", "Vorsorge"),
        (HEADLINE, None),
        ("Die Sparkasse schließt ihre Filiale im Ort, der Automat bleibt.", None),
        ("Geld und Finanzen im ländlichen Raum zwischen Filiale und Internet heute", None),
    ],
)
def test_section(value: str, expected: str | None) -> None:
    assert section(value) == expected


def test_tags_without_stray_quotes() -> None:
    keywords = "'Sparkasse Musterstadt, Filiale, Volksbank Nord', 'Filiale"
    html = page_with(
        f"<h1>{HEADLINE}</h1>" + paragraphs("die Filiale schließt"),
        f"<title>{HEADLINE}</title><meta name='keywords' content=\"{keywords}\">",
    )
    found = extract(html, "https://www.zeitung.example/filiale", fetched_at=FETCHED)
    assert found["tags"] == ["Sparkasse Musterstadt", "Filiale", "Volksbank Nord"]


@pytest.mark.parametrize(
    ("image", "expected"),
    [
        (
            "/bilder/2026/filiale-musterstadt.jpg",
            "https://www.zeitung.example/bilder/2026/filiale-musterstadt.jpg",
        ),
        ("/img/site-logo-og.png", None),
        ("https://cdn.example/wp-content/uploads/favicon-192.png?v=2", None),
        ("/images/no-img-fallback.jpg", None),
    ],
)
def test_top_image_is_no_site_logo(image: str, expected: str | None) -> None:
    html = page_with(
        f"<h1>{HEADLINE}</h1>" + paragraphs("die Filiale schließt"),
        f"<title>{HEADLINE}</title><meta property='og:image' content='{image}'>",
    )
    found = extract(html, "https://www.zeitung.example/filiale", fetched_at=FETCHED)
    assert found["top_image"] == expected


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        # Steady's wrapper and placeholder stand on every post of a site using it, free too
        ("<div class='post hentry steady-paywall-container'>", False),
        ("<div class='article-container steady-paywall-container' id='steady_paywall'>", False),
        # a paywall's own marks still count, beside the wrapper or alone
        ("<div class='has-paywall steady-paywall-container'>", True),
        ("<div class='article' id='paywall-box'>", True),
    ],
)
def test_paywall_marks(marks: str, expected: bool) -> None:
    html = page_with(
        f"<h1>{HEADLINE}</h1>{marks}" + paragraphs("die Filiale schließt") + "</div>",
        f"<title>{HEADLINE}</title>",
    )
    found = extract(html, "https://www.zeitung.example/filiale", fetched_at=FETCHED)
    assert found["paywalled"] is expected
