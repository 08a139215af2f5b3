"""Small invented pages for the extraction tests (no corpus content)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

#: The fetch time of the invented pages.
FETCHED = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)

ARTICLE = "".join(
    f"<p>Die Volksbank Musterstadt erklärt im {n}. Absatz, warum sie jetzt auf Instagram und "
    "LinkedIn setzt und was Kundinnen und Kunden davon haben sollen.</p>"
    for n in range(1, 5)
)


def article_page(head: str = "", top: str = "", tail: str = "") -> bytes:
    """An invented article page: ``top`` before the text (headline, byline), ``tail`` after."""
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body><main><article>{top}"
        f"{ARTICLE}{tail}</article></main></body></html>"
    ).encode()


def page_with(body: str, head: str = "") -> bytes:
    """An invented page with the given ``<body>`` content (its own layout)."""
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


def graph(*objects: dict) -> str:
    """A JSON-LD ``@graph`` script holding ``objects``."""
    return (
        '<script type="application/ld+json">'
        + json.dumps({"@context": "https://schema.org", "@graph": list(objects)})
        + "</script>"
    )
