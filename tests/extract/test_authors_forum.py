"""A forum thread's opening post declared as schema.org ``DiscussionForumPosting`` (kind read
in de_full8, issue 11): its JSON-LD author is the thread's author, on a small invented page."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://forum.example/threads/kartenzahlung-im-ausland.4711/"
POST = "".join(
    f"<p>Beim Bezahlen mit der Karte im Ausland wurden mir {n} Euro Gebühren berechnet, "
    "obwohl die Bank das Konto als gebührenfrei bewirbt. Hat jemand Erfahrung damit?</p>"
    for n in range(2, 7)
)


def authors(kind: str) -> list[str]:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": "Kartenzahlung im Ausland",
        "author": [{"@type": "Person", "name": "Jonas Weidner"}],
    }
    html = page_with(
        "<div class='thread'><h1>Kartenzahlung im Ausland</h1>"
        f"<div class='message'><div class='message-body'>{POST}</div></div></div>",
        "<title>Kartenzahlung im Ausland | Forum</title>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("DiscussionForumPosting", ["Jonas Weidner"]),
        # a type that describes no article or post: its author is not read
        ("Event", []),
    ],
)
def test_forum_posting_author(kind: str, expected: list[str]) -> None:
    assert authors(kind) == expected
