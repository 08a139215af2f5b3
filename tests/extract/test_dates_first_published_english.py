"""An English note naming the first publication in a sentence ("This guide was originally
published on October 2, 2025. We updated it on March 1, 2026 …") dates the page where its
date line shows the update's day; without the update's sentence the line stays (session
40, read on blind en_az)."""

from __future__ import annotations

import pytest
from extract_pages import published_on

URL = "https://feedandfortune.example/finfluencer-red-flags/"
HEAD = "<meta property='article:published_time' content='2026-03-01T15:20:00.000Z'>"
TEXT = "".join(
    f"<p>Red flag number {n}: the account promises returns that no bank would put in "
    "writing, and it never says who pays for the post.</p>"
    for n in range(1, 6)
)


def _page(note: str) -> str:
    return (
        "<main><article><h1>A field guide to finfluencer red flags</h1>"
        "<p class='meta'><time datetime='2026-03-01'>Mar 1, 2026</time> · 8 min read</p>"
        f"<div class='callout'><em>{note}</em></div>{TEXT}</article></main>"
    )


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "This guide was originally published on October 2, 2025. We updated it on "
            "March 1, 2026 to reflect the new disclosure guidance.",
            "2025-10-02",
        ),
        # no update named: the page's date line stays
        ("This guide was originally published on October 2, 2025.", "2026-03-01"),
        ("We updated it on March 1, 2026 to reflect the new guidance.", "2026-03-01"),
    ],
)
def test_first_published_sentence(note: str, expected: str) -> None:
    got = published_on(_page(note), HEAD, URL)
    assert got is not None
    assert got[:10] == expected
