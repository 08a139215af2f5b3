"""Embedded social posts in the text (issue 11, a kind from the English set en_c, judged on
de_full and the dev folds): a few quoted in an article leave the body, a round-up made of
many keeps them. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://paper.example/business/2026/11/03/bank-dm-disputes/"
TEXT = [
    "Kestrel Bank will let customers dispute card charges by direct message, the first lender "
    "in the region to do so.",
    "A team of twelve staff members answers the messages during office hours.",
    "Die Sparkasse Musterstadt prüft nach eigenen Angaben einen ähnlichen Dienst für 2027.",
]


def _post(cls: str, n: int) -> str:
    return (
        f'<blockquote class="{cls}"><p>Post number {n}: waited forty minutes on hold, got an '
        f"answer in four by DM.</p>&mdash; Invented Account (@invented{n}) November 3, 2026"
        "</blockquote>"
    )


def _body(posts: str) -> str:
    paras = [f"<p>{t}</p>" for t in TEXT]
    html = f"<article><h1>Banks in your DMs</h1>{paras[0]}{posts}{''.join(paras[1:])}</article>"
    return str(extract(page_with(html), URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "cls", ["twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "bluesky-embed"]
)
def test_a_post_quoted_in_an_article_leaves(cls: str) -> None:
    body = _body(_post(cls, 1))
    assert all(t in body for t in TEXT)
    assert "Post number 1" not in body
    assert "@invented1" not in body


def test_three_posts_leave() -> None:
    body = _body("".join(_post("twitter-tweet", n) for n in range(3)))
    assert "Post number" not in body
    assert TEXT[1] in body


def test_a_round_up_of_many_posts_keeps_them() -> None:
    body = _body("".join(_post("twitter-tweet", n) for n in range(6)))
    assert "Post number 0" in body
    assert "Post number 5" in body


def test_a_block_quote_of_another_kind_stays() -> None:
    quote = '<blockquote class="wp-block-quote"><p>We reply in public and fix it in private.</p>'
    body = _body(quote + "</blockquote>")
    assert "fix it in private" in body
