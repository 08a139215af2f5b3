"""Titles under an ``<h1>`` that names the page's kind, section or owner ("Newsroom",
"Museumsblog", the firm's name) while another element shows a metadata title: small
invented pages (see :func:`newsarchive.extract.headings.kind_h1_title`)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.messe-beispiel.example/presse/ausstellerrekord/"


def title_of(head_title: str, top: str) -> str:
    body = f"<main>{top}<article>{paragraphs('die Messe wächst')}</article></main>"
    page = page_with(body, f"<title>{head_title}</title>")
    return extract(page, URL, fetched_at=FETCHED)["title"]


@pytest.mark.parametrize(
    ("head_title", "top", "expected"),
    [
        # a newsroom's <h1> over the release's own heading, which the <title> gives
        (
            "Messe meldet neuen Ausstellerrekord | Messe Beispiel",
            "<h1>Newsroom</h1><h2>Messe meldet neuen Ausstellerrekord</h2>",
            "Messe meldet neuen Ausstellerrekord",
        ),
        # a blog's name as the <h1>, carried by the <title> as a section between its parts
        (
            "Vortragsabend: Ist Bitcoin Geld? | Museumsblog | Geldmuseum Beispiel",
            "<h1 class='page-title'>Museumsblog</h1><h2>Vortragsabend: Ist Bitcoin Geld?</h2>",
            "Vortragsabend: Ist Bitcoin Geld?",
        ),
        # the firm's name as the <h1>, the release's title in a <strong>
        (
            "Volksbank Beispiel zieht Bilanz: Mehr Follower auf Instagram",
            "<h1>Volksbank Beispiel eG</h1>"
            "<strong>Volksbank Beispiel zieht Bilanz: Mehr Follower auf Instagram</strong>",
            "Volksbank Beispiel zieht Bilanz: Mehr Follower auf Instagram",
        ),
        # left alone: a short <h1> that is the headline, the <title> worded for search
        # engines and shown nowhere
        (
            "Sparkasse erhöht die Zinsen für das Sparbuch | Messe Beispiel",
            "<h1>Zinsen steigen</h1><h2>Mehr zum Thema</h2>",
            "Zinsen steigen",
        ),
        # left alone: a longer <h1> is a headline, even where a teaser shows the <title>
        (
            "Die Messe wächst weiter | Messe Beispiel",
            "<h1>Messe meldet neuen Ausstellerrekord für 2026</h1><p>Die Messe wächst weiter</p>",
            "Messe meldet neuen Ausstellerrekord für 2026",
        ),
    ],
)
def test_a_short_h1_naming_the_pages_kind_yields_to_the_shown_title(
    head_title: str, top: str, expected: str
) -> None:
    assert title_of(head_title, top) == expected
