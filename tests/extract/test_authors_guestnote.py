"""A guest note anywhere in a post's text ("Dieser Beitrag ist ein Gastbeitrag von Name, der
…") under the owner's byline (kind read in half W, issue 11): the guest is the author; the
cases it leaves alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://depotnotizen.example/2026/01/etf-fuer-kinder/"
TEXT = [
    f"<p>Der Sparplan für die Kinder läuft im {n}. Jahr, die Bank hat die Gebühren gesenkt "
    "und die App zeigt jetzt auch die Rendite nach Kosten an.</p>"
    for n in range(1, 5)
]


def authors(note: str) -> list[str]:
    text = "".join([*TEXT[:2], note, *TEXT[2:]])
    html = page_with(
        f"<article><h1>ETF-Sparpläne für Kinder</h1><p class='byline'>von "
        f"<span class='author vcard'><a class='fn'>Svenja Holm</a></span></p>{text}</article>",
        "<title>ETF-Sparpläne für Kinder - Depotnotizen</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("<p>Dieser Beitrag ist ein Gastbeitrag von Emre Yıldız, der seit 2021 spart.</p>",
         ["Emre Yıldız"]),
        ("<p>Wir sparen. Dies ist ein Gastartikel von Nina van Berg.</p>", ["Nina van Berg"]),
        # a post that mentions guest posts, or a group as the guest: the byline stays
        ("<p>Ich lese gern Gastbeiträge von Anna Roth, die viel über ETFs weiß.</p>",
         ["Svenja Holm"]),
        ("<p>Dieser Beitrag ist ein Gastbeitrag von Team Verbraucherschutz.</p>", ["Svenja Holm"]),
    ],
)  # fmt: skip
def test_guest_note(note: str, expected: list[str]) -> None:
    assert authors(note) == expected
