"""Subheadings trafilatura leaves out, put back above the block they head: a heading over a
quote. Each on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, FETCHED, page_with

from newsarchive.extract import extract

URL = "https://bank.example/2026/11/filialen.html"

QUOTE = (
    "„Wir bleiben im Ort, nur kommen wir jetzt anders zu unseren Kundinnen und Kunden“, sagt "
    "Tilda Brockhues, Sprecherin der Volksbank Erlenhain."
)
AFTER = (
    "<p>Die Bank will die Automaten an allen Standorten noch mindestens zwei Jahre weiter "
    "betreiben und danach neu entscheiden.</p>"
)


def _lines(page: bytes) -> list[str]:
    return str(extract(page, URL, fetched_at=FETCHED)["body"]).split("\n\n")


def _plain(middle: str) -> bytes:
    """A page without a container trafilatura's own search knows: its fallbacks read it and
    drop every heading."""
    return page_with(f"<div><h1>Volksbank schließt Filialen</h1>{ARTICLE}{middle}{ARTICLE}</div>")


@pytest.mark.parametrize(
    "quote", [f"<blockquote>{QUOTE}</blockquote>", f"<blockquote><p>{QUOTE}</p></blockquote>"]
)
@pytest.mark.parametrize("tag", ["h2", "h3"])
def test_a_subheading_over_a_quote_stays_above_it(quote: str, tag: str) -> None:
    lines = _lines(_plain(f"<{tag}>Kritik aus dem Gemeinderat</{tag}>{quote}{AFTER}"))
    assert "Kritik aus dem Gemeinderat" in lines
    assert lines[lines.index("Kritik aus dem Gemeinderat") + 1].startswith("„Wir bleiben im Ort")


def test_a_heading_over_a_dropped_quote_stays_out() -> None:
    side = f"<aside class='sidebar'><h3>Zitat der Woche</h3><blockquote>{QUOTE}</blockquote>"
    text = f"<main><article><h1>Filialen schließen</h1>{AFTER * 4}</article></main>"
    page = page_with(f"{text}{side}</aside>")
    assert "Zitat der Woche" not in _lines(page)
