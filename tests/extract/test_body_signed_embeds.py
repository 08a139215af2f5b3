"""An embedded social post is known by the byline its fallback markup closes with ("— Anna
Beispiel (@annabeispiel) November 14, 2026"), whatever its class: another author's words,
not the article's (issue 11; kind read on the blind en_am). Small pages written for the
test."""

from __future__ import annotations

import pytest
from extract_pages import extracted

URL = "https://www.ledger.example/tech/payments-app-launch"
PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the story explains how the payments feature works for people who "
    "send money to friends, and what the bank partner behind it says about fees.</p>"
    for n in range(1, 6)
)


def body_of(quote: str) -> str:
    return str(extracted(f"<h1>Social app adds payments</h1>{PARAGRAPHS}{quote}", URL)["body"])


@pytest.mark.parametrize(
    "quote",
    [
        "<blockquote class='social-embed'><p>Sending money is now as easy as a message.</p>"
        "— Chirp (@chirp) <a href='https://chirp.example/s/1'>November 14, 2026</a></blockquote>",
        "<blockquote><p>Sending money is now as easy as a message.</p>&mdash; Anna Beispiel "
        "(@annabeispiel) November 14, 2026</blockquote>",
    ],
)
def test_a_signed_embedded_post_leaves_the_text(quote: str) -> None:
    assert "easy as a message" not in body_of(quote)


def test_a_quoted_source_stays() -> None:
    quote = (
        "<blockquote><p>Sending money is now as easy as a message, the bank said.</p></blockquote>"
    )
    assert "easy as a message" in body_of(quote)
