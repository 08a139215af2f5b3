"""A page builder's wrappers are its layout, not a sidebar's widgets: Elementor puts every
block of a post in "elementor-widget elementor-widget-text-editor" and
"elementor-widget-container", so the credit closing the text ("Text: Lena Hofbauer und Martin
Sailer (Vorstand)") under a login's byline is read, and so is a byline in the builder's
heading block. A widget of another kind (the builder's list of posts) stays a part read
apart. Issue 11, session 67: 11 pages' authors up on 11 sets (de_full612, de_full646,
de_full673, de_full734, ...), 1 date down (de_full651: a whitepaper box's "Veröffentlicht am"
in the text, read now). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://dorfladen-musterau.example/2024/03/05/umbau/"
TEXT = "".join(
    f"<p>Im {n}. Abschnitt erklären wir, warum der Dorfladen umgebaut wird und warum die "
    "Anteile der Genossenschaft künftig nur noch per Überweisung bezahlt werden.</p>"
    for n in range(1, 5)
)


def widget(kind: str, inner: str) -> str:
    """One Elementor block of ``kind`` holding ``inner``."""
    return (
        f"<div class='elementor-element elementor-widget elementor-widget-{kind}'>"
        f"<div class='elementor-widget-container'>{inner}</div></div>"
    )


def authors(end: str, kind: str = "text-editor") -> list[str]:
    post = (
        "<div class='elementor-widget-wrap elementor-element-populated'>"
        + widget("theme-post-title", "<h1>Umbau im Dorfladen</h1>")
        + widget(
            "post-info",
            "<a href='/author/laden-admin/' rel='author'>laden-admin</a> · 05.03.2024",
        )
        + widget("text-editor", TEXT)
        + widget(kind, end)
        + "</div>"
    )
    html = page_with(f"<main><article>{post}</article></main>")
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        (
            "<p><em>Text: Lena Hofbauer und Martin Sailer (Vorstand)</em></p>",
            ["Lena Hofbauer", "Martin Sailer"],
        ),
        ("<p>Text: Dennis Kaya, Friseurmeister und Inhaber</p>", ["Dennis Kaya"]),
    ],
)
def test_credit_in_a_builder_block(end: str, expected: list[str]) -> None:
    assert authors(end) == expected


def test_credit_in_a_list_of_posts_is_not_the_posts() -> None:
    end = "<ul><li><a href='/b/'>Neue Öffnungszeiten</a> Text: Jana Roth</li></ul>"
    assert authors(end, kind="posts") == ["laden-admin"]
