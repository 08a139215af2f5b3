"""A CMS's installation account ("Super User", Joomla's) in a club report's byline (kind read
in halves U and AP, issue 11): nobody's name, so the credit line closing the report names
the writer (without one the account stays, like a team's "Redaktion")."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://musikverein.example/aktuelles/neues-vereinskonto"


def authors(byline: str, closing: str) -> list[str]:
    html = (
        "<html><head><meta charset='utf-8'><title>Neues Vereinskonto</title></head><body>"
        "<div class='item-page'><h2>Neues Vereinskonto</h2><dl class='article-info'>"
        f"<dd class='createdby'>Geschrieben von {byline}</dd>"
        "<dd class='published'>26. Januar 2026</dd></dl>"
        f"{paragraphs('der Verein sein Konto wechselt', 4)}{closing}</div></body></html>"
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "closing", "expected"),
    [
        ("Super User", "<p><em>Text: Anna Roth (Schriftführerin)</em></p>", ["Anna Roth"]),
        # a person's byline stays the author
        ("Jan Ulm", "<p><em>Text: Anna Roth (Schriftführerin)</em></p>", ["Jan Ulm"]),
    ],
)
def test_cms_account(byline: str, closing: str, expected: list[str]) -> None:
    assert authors(byline, closing) == expected
