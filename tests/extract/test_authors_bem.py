"""An article block's authors element in BEM naming (``article__authors``; kind read in half O,
issue 11): its name is the byline, a place after it cut; a list of authors elsewhere is not."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://briefing.example/europa/kapitalmarktunion/"
TEXT = "".join(
    f"<p>Die Kommission legt {n} neue Vorschläge zur Kapitalmarktunion vor; Banken und "
    "Versicherer sollen Anlegern den Zugang zu europäischen Produkten erleichtern.</p>"
    for n in range(2, 7)
)


def authors(classes: str) -> list[str]:
    html = page_with(
        "<article class='br-article'><h1>Kapitalmarktunion: Brüssel legt nach</h1>"
        f"<div class='{classes}'>Elif Sarıgül, Brüssel</div>"
        f"<time datetime='2026-02-20'>20.02.2026</time>{TEXT}</article>",
        "<title>Kapitalmarktunion | Briefing</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("classes", "expected"),
    [
        ("br-article__authors", ["Elif Sarıgül"]),
        ("widget-authors", []),
    ],
)
def test_bem_authors_element(classes: str, expected: list[str]) -> None:
    assert authors(classes) == expected
