"""A ``<footer>`` before the text of its ``<article>`` is the article head's meta line, not
the page's footer: Drupal's ``<footer class="node__meta">`` with "Von A und B · 25. April
2024" above ``node__content`` gives the byline and the date line (issue 11, session 61:
dates 9 up, 1 down, an author 1 up on the read judges; dev unchanged). Small invented
pages."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.quartalsblick-muster.example/neobanken/kontoro-erstmals-mit-gewinn"
HEADLINE = "Neobank Kontoro schreibt erstmals schwarze Zahlen"


def node_page(meta: str, *, footer: str = "footer") -> dict:
    """A Drupal node: the page title block's ``<h1>`` above the ``<article>``, whose meta
    line (in a ``<footer>`` or another element) comes before its text; the JSON-LD credits
    the first writer alone and, as its publication, midnight of the day the quarter ended
    (the day the figures are for); a sidebar lists other days."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE}
    ld["author"] = {"@type": "Person", "name": "Lena Brück"}
    ld["datePublished"] = "2024-03-31T00:00:00+01:00"
    ld["dateModified"] = "2024-04-25T09:02:17+02:00"
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = (
        f"<div class='block-page-title'><h1 class='page-title'>{HEADLINE}</h1></div>"
        f"<article class='node node--type-article'><{footer} class='node__meta'>{meta}"
        f"</{footer}><div class='node__content'>{paragraphs('die Neobank Gewinn macht', 5)}"
        "</div></article><aside class='region'><h2>Weitere Meldungen</h2>"
        "<p>Volksbank meldet Zahlen – 23.04.2024</p><p>Sparkasse mit Plus – 22.04.2024</p>"
        "</aside>"
    )
    return extract(page_with(body, head), URL, fetched_at=FETCHED)


META = (
    "<span class='node__byline'>Von <span class='field'>Lena Brück und Tarik Osman</span>"
    "</span> <span class='node__pubdate'>· <time>25. April 2024, 07:15</time></span>"
)


@pytest.mark.parametrize("footer", ["footer", "div"])
def test_the_meta_line_in_the_articles_head_credits_every_writer(footer: str) -> None:
    assert node_page(META, footer=footer)["authors"] == ["Lena Brück", "Tarik Osman"]


def test_the_meta_line_in_the_articles_head_dates_the_page() -> None:
    assert node_page(META)["published"][:10] == "2024-04-25"


def test_a_footer_after_the_text_is_still_no_date_line() -> None:
    """An article's closing footer (tags, "Zuletzt geändert") carries other days."""
    body = (
        f"<h1>{HEADLINE}</h1><article><p>Von Lena Brück, 25.04.2024</p>"
        f"{paragraphs('die Neobank Gewinn macht', 5)}"
        "<footer class='node__meta'>Zuletzt geändert am 30.04.2024 · Schlagworte: Neobank"
        "</footer></article>"
    )
    page = extract(page_with(body), URL, fetched_at=FETCHED)
    assert page["published"][:10] == "2024-04-25"
