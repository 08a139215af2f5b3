"""A byline element opening with a titled name joined to another ("von" <span>Dr. Ute
Brenneis und Malte Sörensen</span>) shows the first writer's title where the metadata names
both bare (issue 11, session 61: 3 authors up on the read judges, 0 down; dev unchanged).
Small invented pages."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.raiffeisen-mustertal.example/aktuelles/vertreterversammlung-2024"
HEADLINE = "Vertreterversammlung stimmt digitaler Mitgliederbeteiligung zu"


def bylined(element: str) -> list[str]:
    """The authors of a news page whose JSON-LD names both writers without titles, the
    byline's lead "von" before ``element``."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "author": [
            {"@type": "Person", "name": "Ute Brenneis"},
            {"@type": "Person", "name": "Malte Sörensen"},
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = (
        f"<main><article><h1>{HEADLINE}</h1><p class='news-list-author'>von {element}</p>"
        f"{paragraphs('die Mitglieder digital mitreden', 4)}</article></main>"
    )
    return extract(page_with(body, head), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    "element",
    [
        "<span>Dr. Ute Brenneis und Malte Sörensen</span>",
        "<span>Dr. Ute Brenneis, Malte Sörensen</span>",
    ],
)
def test_the_first_writers_title_is_kept(element: str) -> None:
    assert bylined(element) == ["Dr. Ute Brenneis", "Malte Sörensen"]


def test_a_name_the_byline_shows_bare_stays_bare() -> None:
    """(The byline shows no title: the metadata's form stands.)"""
    assert bylined("<span>Malte Sörensen</span>")[0] == "Ute Brenneis"
