"""A series' farewell or greetings from a place before the signing name (U's kind, issue 11,
judged on half W): the cases it reads and the ones it leaves alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://kassenbrief.example/archiv/ausgabe-12/"
TEXT = "".join(
    f"<p>Die Sparkasse Talbach hat ihre Gebühren für das Girokonto zum {n}. Mal in diesem "
    "Jahr angepasst und erklärt ihrer Kundschaft die neuen Preise in einem Brief.</p>"
    for n in range(1, 6)
)
HEADER = "<div class='intro'>Der Wochenbrief von Greta Hallmann über Geld und Banken.</div>"


def authors(end: str) -> list[str]:
    html = page_with(
        f"{HEADER}<article><h1>Ausgabe 12: Neue Gebühren</h1><div class='meta'>12.05.2025</div>"
        f"<div class='text'>{TEXT}{end}</div></article>",
        "<title>Ausgabe 12: Neue Gebühren</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # a series' farewell, the first name completed from the page
        ("<p>Bis nächste Woche,<br>Greta</p>", ["Greta Hallmann"]),
        ("<p>Schönes Wochenende!<br>Greta</p>", ["Greta Hallmann"]),
        ("<p>Danke fürs Zuhören – Greta</p>", ["Greta Hallmann"]),
        # greetings from a place, a full name on the next line
        ("<p>Viele Grüße aus der Werkstatt<br>Bernd Olsen</p>", ["Bernd Olsen"]),
        # a farewell without a name, or signed by a team: nobody
        ("<p>Bis nächste Woche!</p>", []),
        ("<p>Schönes Wochenende!<br>Euer Redaktionsteam</p>", []),
        # a sentence that is no farewell before a name
        ("<p>Mehr dazu nächste Woche.<br>Greta</p>", []),
    ],
)
def test_farewell_signature(end: str, expected: list[str]) -> None:
    assert authors(end) == expected
