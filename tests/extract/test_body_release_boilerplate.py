"""A press release's company profile in a block classed as its boilerplate ("boilerplate",
"press-boilerplate", a BEM element's "press-article__boilerplate") leaves the body
(``BOILERPLATE_TOKEN``; issue 11, session 48: every such block a judge lists is no part of
the text). Small invented pages; a class only containing the word stays."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://www.sparkasse-musterstadt.example/presse/2026/kanal.html"
PROFILE = "Die Sparkasse Musterstadt ist mit 412 Beschäftigten der größte Finanzdienstleister."


@pytest.mark.parametrize(
    ("classes", "kept"),
    [
        ("boilerplate", False),
        ("press-boilerplate", False),
        ("press-article__boilerplate", False),
        ("field--name-field-boilerplate", False),  # Drupal's field class
        ("boilerplate-free-text", True),
    ],
)
def test_a_company_profile_after_the_release(classes: str, kept: bool) -> None:
    tail = f"<div class='{classes}'><p>Über die Sparkasse Musterstadt: {PROFILE}</p></div>"
    body = extract(article_page(tail=tail), URL, fetched_at=FETCHED)["body"]
    assert "im 4. Absatz" in body
    assert (PROFILE in body) is kept
