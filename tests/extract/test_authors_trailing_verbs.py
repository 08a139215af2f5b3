"""A verb after a name is no part of it (``data.AUTHOR_TRAILER``): a theme's author link
"Alle Beiträge von A anzeigen", a comment's "A says:" (issue 11, session 42), on byline
strings and a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.names import split_authors

TEXT = "".join(
    f"<p>Die Genossenschaftsbank erklärt im {n}. Absatz, wie die neue Firmenkunden-App "
    "funktioniert und welche Gebühren wegfallen.</p>"
    for n in range(1, 6)
)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Alle Beiträge von Henrike Albers anzeigen", ["Henrike Albers"]),
        ("Alle Beiträge von Henrike Albers ansehen", ["Henrike Albers"]),
        ("Priya Raman says:", ["Priya Raman"]),
        ("Priya Raman says", ["Priya Raman"]),
        ("Von Henrike Albers", ["Henrike Albers"]),  # guard: the name alone stays
    ],
)
def test_a_verb_after_the_name_is_cut(byline: str, expected: list[str]) -> None:
    assert split_authors([byline])[0] == expected


def test_a_theme_author_link_with_a_verb_names_the_writer() -> None:
    body = (
        "<main><article><h1>Volksbank bringt Firmenkunden-App</h1>"
        f"<div class='entry-content'>{TEXT}</div></article><div class='author-info'>"
        "<h2 class='author-title'>Über Henrike Albers</h2><p class='author-bio'>Henrike "
        "Albers schreibt über Banken im Norden. <a class='author-link' href='/author/halbers/' "
        "rel='author'>Alle Beiträge von Henrike Albers anzeigen</a></p></div></main>"
    )
    page = page_with(body, "<title>Volksbank bringt Firmenkunden-App | Bankenblick</title>")
    url = "https://www.bankenblick-sued.example/2016/05/firmenkunden-app/"
    assert extract(page, url, fetched_at=FETCHED)["authors"] == ["Henrike Albers"]
