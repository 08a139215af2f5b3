"""A post's age in words with its date as the tooltip (``<span title="17.01.2022
18:12:05">vor 4 Jahren</span>``) is date markup: the tooltip is read (issue 11: rd7, from
half AQ's misses); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("eine Direktbank ihr Girokonto gekündigt hat")


def _post(header: str) -> str:
    return (
        "<main><article><h1>Mein Konto wurde gekündigt – was nun?</h1>"
        f"<div class='post-header'><a class='author'>@sparschwein</a> in #finanzen · {header}</div>"
        f"<div class='post-body'>{TEXT}</div></article>"
        "<section class='comments'><div class='comment'><a>@leser</a> · "
        "<span title='03.03.2023 08:00:00'>vor 3 Jahren</span><p>Ärgerlich!</p></div></section>"
        "</main>"
    )


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("<span title='14.02.2023 19:45:10'>vor 3 Jahren</span>", "2023-02-14"),
        ("<time title='2023-02-14T19:45:10Z'>3 years ago</time>", "2023-02-14"),
        ("<span title='14. Februar 2023'>vor einem Monat</span>", "2023-02-14"),
        # a tooltip over other words is no date markup; a comment's tooltip is not the post's
        ("<span title='14.02.2023 19:45:10'>Beitrag teilen</span>", None),
        ("<span title='Profil'>vor 3 Jahren</span>", None),
    ],
)
def test_an_age_in_words_reads_its_tooltip(header: str, expected: str | None) -> None:
    found = published_on(_post(header), "", "https://www.steem.example/finanzen/@sparschwein/konto")
    assert (found or "")[:10] == (expected or "")
