"""A public key shown in brief beside the writer's name (a Nostr client's "npub1…" in
``<code>``; half BD's kind, issue 11) is no second author, and no login either: a co-writer
line is read then; a login beside the name stays, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://habla-lesen.example/a/naddr1qqxnzd3cxyerxd3h"
TEXT = "".join(
    f"<p>Im {n}. Laden der Straße zahlt man inzwischen mit Lightning, die Sparkasse am Markt "
    "sieht sich das Angebot bisher nur aus der Ferne an.</p>"
    for n in range(2, 7)
)


def authors(chip: str, end: str = "") -> list[str]:
    html = page_with(
        f"<article><h1>Lightning an der Ladenkasse</h1><div class='author-chip'>{chip} · "
        f"<time>19. März 2024</time></div><div class='content'>{TEXT}{end}</div></article>",
        "<title>Lightning an der Ladenkasse - Habla</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("chip", "end", "expected"),
    [
        ("<b>Gerd Imholz</b> <code>npub1x7k…4hqe</code>", "", ["Gerd Imholz"]),
        ("<b>Gerd Imholz</b> <code>0x71c7...976f</code>", "", ["Gerd Imholz"]),
        (
            "<b>Gerd Imholz</b> <code>npub1x7k…4hqe</code>",
            "<p>Mitautorin: Wanda Roloff</p>",
            ["Gerd Imholz", "Wanda Roloff"],
        ),
        # a login beside the name is no key
        ("<b>Gerd Imholz</b> <code>sparfuchs7</code>", "", ["Gerd Imholz", "sparfuchs7"]),
    ],
)
def test_shortened_key_is_no_author(chip: str, end: str, expected: list[str]) -> None:
    assert authors(chip, end) == expected
