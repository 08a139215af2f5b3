"""Readers' replies under other names than "comment" (issue 11: a comment's date taken for
the published one), on small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("sie jetzt auch auf Mastodon schreibt", 6)
URL = "https://www.zeitung.example/wirtschaft/sparkasse-auf-mastodon-1234"
META = "<meta property='article:published_time' content='2025-03-03T10:00:00+01:00'>"


def _replies(cls: str) -> str:
    entries = "".join(
        f"<div class='entry'><p><b>{name}</b></p><p>{day}.03.2025, 14:10</p><p>Gut so.</p></div>"
        for name, day in (("Tom", "05"), ("Eva", "07"))
    )
    return f"<section class='{cls}'><h2>Reaktionen (2)</h2>{entries}</section>"


@pytest.mark.parametrize(
    "cls", ["replies", "status reply", "antworten", "diskussion", "leserbriefe", "reactions"]
)
def test_a_reply_date_is_not_the_publication(cls: str) -> None:
    body = f"<main><article><h1>Sparkasse auf Mastodon</h1>{TEXT}{_replies(cls)}</article></main>"
    assert (published_on(body, META, URL) or "")[:10] == "2025-03-03"


def test_a_date_line_of_the_article_stays() -> None:
    body = f"<main><article><h1>Sparkasse auf Mastodon</h1><p>04.03.2025</p>{TEXT}</article></main>"
    assert (published_on(body, META, URL) or "")[:10] == "2025-03-04"
