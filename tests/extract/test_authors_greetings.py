"""A sign-off that says where the greeting comes from, on the line before the name ("Viele
Grüße aus der Werkstatt" / "Bernd Tenbrink": small businesses' and clubs' blogs; kind read in
half U, issue 11): the name read on small invented pages; a company, a sentence or a name
in the same line left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.tischlerei-beispiel.example/blog/neue-kasse"
TEXT = "".join(
    f"<p>Im {n}. Monat mit der neuen Kasse zahlen immer mehr Kundinnen und Kunden mit der "
    "Karte oder dem Handy, und das Bargeld in der Werkstatt wird weniger.</p>"
    for n in range(1, 6)
)


def authors(end: str) -> list[str]:
    html = page_with(
        "<article><h1>Neue Kasse, neue Möglichkeiten</h1>"
        f"<div class='post-date'>8. Februar 2026</div><div class='post-text'>{TEXT}{end}</div>"
        "</article>",
        "<title>Neue Kasse, neue Möglichkeiten</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("<p>Viele Grüße aus der Werkstatt<br>Bernd Tenbrink</p>", ["Bernd Tenbrink"]),
        ("<p>Sonnige Grüße vom Deich,<br>Hanna Ohlsen</p>", ["Hanna Ohlsen"]),
        ("<p>Liebe Grüße aus Hamburg!<br>Hanna Ohlsen</p>", ["Hanna Ohlsen"]),
        # a company, a sentence, or a greeting sent on someone's behalf: nobody
        ("<p>Viele Grüße aus der Werkstatt<br>Ihre Tischlerei Tenbrink</p>", []),
        ("<p>Viele Grüße aus der Werkstatt<br>Bis zum nächsten Mal.</p>", []),
        ("<p>Grüße von Bernd Tenbrink an alle Leser gibt es auch.</p>", []),
    ],
)
def test_greeting_from_a_place(end: str, expected: list[str]) -> None:
    assert authors(end) == expected
