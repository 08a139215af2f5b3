"""An update's age in a help centre's author panel ("Vor über einer Woche aktualisiert",
"vor zwei Tagen": a relative time, the number in words; half BD's kind, issue 11) is no
second author; a name that merely holds "vor" stays, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://hilfe.kleinbank.example/de/articles/77-tagesgeld-eroeffnen"
TEXT = "".join(
    f"<p>Schritt {n}: Öffne in der App den Bereich Sparen und wähle das Tagesgeldkonto, "
    "das du anlegen möchtest, dann bestätige mit deiner PIN.</p>"
    for n in range(1, 6)
)


def authors(age: str) -> list[str]:
    html = page_with(
        "<article><h1>Tagesgeld in der App eröffnen</h1><div class='author'>"
        "<span>Geschrieben von Wiebke Sander</span><br><span>Veröffentlicht am 3. Mai 2022"
        f"</span> · <span>{age}</span></div><div class='article-body'>{TEXT}</div></article>",
        "<title>Tagesgeld in der App eröffnen | Kleinbank Hilfe-Center</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        ("Vor über einer Woche aktualisiert", ["Wiebke Sander"]),
        ("vor zwei Tagen aktualisiert", ["Wiebke Sander"]),
        ("Vor einem Monat", ["Wiebke Sander"]),
        # a second writer's name stays
        ("Jonte Vormann", ["Wiebke Sander", "Jonte Vormann"]),
    ],
)
def test_relative_time_is_no_author(age: str, expected: list[str]) -> None:
    assert authors(age) == expected
