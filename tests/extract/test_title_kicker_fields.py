"""A headline's kicker read apart where the headline's own element carries a field's label
display class (Drupal's title field "field--label-hidden" beside "field--name-field-kicker")
or the kicker nests its text in an inner "label" element ("header-label" over
"header-label__content"): the headline without the kicker where the metadata titles word the
story otherwise. Issue 11, session 59: 6 read judges' titles up (de_full235, de_full249,
de_full251, de_full288, de_full351, de_full359), 1 down (de_full444, whose JSON-LD headline
holds the kicker: the metadata settles it, as the dev truth's pages do), dev unchanged.
Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import extracted, paragraphs

URL = "https://www.innviertler-wirtschaftsblatt.example/banken/app-ausfall"
HEAD = "<meta property='og:title' content='Antiesental Bank: FMA prüft App-Ausfall'>"
HEADLINE = "Drei Tage ohne Online-Banking: Aufsicht nimmt Bank ins Visier"


@pytest.mark.parametrize(
    "h1",
    [
        # Drupal: the kicker field and the title field, its label display hidden
        "<h1 class='page-title'><span class='field field--name-field-kicker'>Bankenaufsicht"
        "</span> <span class='field field--name-title field--type-string field--label-hidden'>"
        f"{HEADLINE}</span></h1>",
        # a kicker nesting its text in a second "label" element
        "<h1 class='header-title'><span class='header-label'><span class='header-label__content'>"
        f"Bankenaufsicht</span></span><span class='header-title__text'>{HEADLINE}</span></h1>",
    ],
)
def test_the_kicker_leaves_the_headline(h1: str) -> None:
    article = h1 + paragraphs("die Aufsicht den Ausfall prüft", 3)
    assert extracted(article, URL, HEAD)["title"] == HEADLINE
