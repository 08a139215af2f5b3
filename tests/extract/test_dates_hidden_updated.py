"""A theme's hidden "updated" day for search engines (``<span class="updated
rich-snippet-hidden">``, after the text) is no date line: the shown meta line's day is
(issue 11: rd12, from dates_aa's misses); small pages written for the test."""

from __future__ import annotations

import re

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract import data, nodes

TEXT = paragraphs("eine solide Eigenkapitalquote bei der Baufinanzierung zählt")
URL = "https://baufi.example/baufinanzierung-worauf-sie-achten-sollten/"
PAGE = (
    "<main><article class='post'><h2 class='entry-title'>Baufinanzierung: Worauf achten?</h2>"
    f"<div class='post-content'>{TEXT}</div><span class='vcard rich-snippet-hidden'>"
    "<span class='fn'>Redaktion</span></span><span class='updated rich-snippet-hidden'>"
    "2025-03-19T10:00:00+01:00</span><div class='meta-info'>Von <a>Redaktion</a> | "
    "<span>März 14th, 2025</span> | <a>Ratgeber</a></div></article></main>"
)


def test_the_shown_day_is_the_date() -> None:
    assert (published_on(PAGE, "", URL) or "")[:10] == "2025-03-14"


def test_switched_off_the_hidden_day_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    words = [re.escape(w) for w in data.VISIBLE_DATE_SKIP_WORDS if w != "rich-snippet-hidden"]
    monkeypatch.setattr(nodes, "_SKIP_WORDS", re.compile("|".join(words), re.IGNORECASE))
    monkeypatch.setattr(nodes, "_SKIP_WORDS_ASCII", None)
    nodes._names_skipped_part.cache_clear()  # (class names are cached with their answer)
    try:
        assert (published_on(PAGE, "", URL) or "")[:10] == "2025-03-19"
    finally:
        nodes._names_skipped_part.cache_clear()
