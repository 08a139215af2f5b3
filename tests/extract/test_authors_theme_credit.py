"""A site footer's credit of its theme's maker ("Theme: Harbour Light von nordlicht", WordPress's
class "theme-author") is no byline (kind seen on a real page, issue 11, session 28)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.verein.example/2021/11/12/kontowechsel/"


def authors(byline: str, footer: str) -> list[str]:
    html = page_with(
        f"<article><h1>Kontowechsel im Verein</h1>{byline}"
        f"{paragraphs('der Verein sein Konto wechselt')}</article>"
        f"<footer><ul>{footer}</ul></footer>",
        "<title>Kontowechsel im Verein</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    "footer",
    [
        "<li class='theme-author'>Theme: <a href='https://theme.example/'>Harbour Light</a> von "
        "nordlicht</li>",
        "<li class='theme-author'>WordPress Theme by <a href='#'>Anna Berg</a></li>",
        "<li class='author-credit'>Theme von Jan Ott</li>",
    ],
)
def test_theme_credit_is_no_author(footer: str) -> None:
    assert authors("", footer) == []


def test_byline_beside_a_theme_credit() -> None:
    footer = "<li class='theme-author'>Theme: Harbour Light von nordlicht</li>"
    byline = "<p class='byline'>Von <span class='author'>Lena Schubert</span></p>"
    assert authors(byline, footer) == ["Lena Schubert"]
