"""The blocks around the page's ``<main>`` are its layout whatever their class says: Drupal
Olivero's ``<div class="sidebar-grid">`` holds ``<main>`` and its sidebar, so the byline and
the date line in the article are read, not skipped as a sidebar's (issue 11, session 61:
authors 10 up, dates 4 up, 2 down on the read judges; dev unchanged). Small invented
pages."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.wirtschaft-musterpfalz.example/nachrichten/schwarmfinanzierung-vereine"
HEADLINE = "Schwarmfinanzierung: Raiffeisenbank hilft Vereinen zu neuen Trikots"


def olivero_page(wrapper: str) -> dict:
    """The page title block's ``<h1>`` above a ``wrapper`` block that holds ``<main>`` (the
    article with its byline and date) and a sidebar of other news; the metadata credits a
    login and names only the modification."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "author": {"@type": "Person", "name": "redaktion_wp"},
        "dateModified": "2023-11-06T10:05:12+01:00",
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = (
        f"<div class='block-page-title-block'><h1 class='page-title'>{HEADLINE}</h1></div>"
        f"<div class='{wrapper}'><main role='main'><article class='node node--type-article'>"
        "<div class='node__meta'><span>Von Dr. Selin Aydın</span> "
        "<span>Mi., 01.11.2023 - 09:40</span></div>"
        f"<div class='node__content'>{paragraphs('Vereine per Schwarm Geld sammeln', 5)}</div>"
        "</article></main><aside class='region--sidebar'><h2>Neueste Meldungen</h2>"
        "<p>Volksbank eröffnet Beratungscenter</p><p>Do., 02.11.2023 - 07:51</p></aside></div>"
    )
    return extract(page_with(body, head), URL, fetched_at=FETCHED)


@pytest.mark.parametrize("wrapper", ["sidebar-grid grid-full", "content-sidebar-wrap"])
def test_the_byline_in_main_is_read_under_a_sidebar_layout(wrapper: str) -> None:
    page = olivero_page(wrapper)
    assert page["authors"] == ["Dr. Selin Aydın"]
    assert page["published"][:10] == "2023-11-01"
