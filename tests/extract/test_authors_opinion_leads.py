"""An opinion piece's form leading its byline ("Ein Standpunkt von A", "Ein Zwischenruf von
A"; issue 11, kind read in half AF): on a small invented page, the cases it reads and the
case it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.verbandsblatt.example/standpunkte/bargeld-sichern.html"
TEXT = "".join(
    f"<p>Die Banken im Land schließen im {n}. Quartal weitere Automaten, weil immer "
    "weniger Kundinnen und Kunden Bargeld abheben, sagte ein Sprecher.</p>"
    for n in range(1, 6)
)


def page(byline: str) -> bytes:
    return page_with(
        "<main><article><h1>Bargeld braucht sichere Wege</h1>"
        f"<div class='article-meta'>{byline}</div><div class='article-body'>{TEXT}</div>"
        "</article></main>",
        "<title>Bargeld braucht sichere Wege | Verbandsblatt</title>",
    )


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Ein Standpunkt von Matthias Grewe, Hauptgeschäftsführer", ["Matthias Grewe"]),
        ("Ein Zwischenruf von Wiebke Sanders", ["Wiebke Sanders"]),
        ("Ein Plädoyer von Jonas Ferber und Ute Kallweit", ["Jonas Ferber", "Ute Kallweit"]),
        # an organisation after the form word credits nobody
        ("Ein Standpunkt von Deloitte", []),
    ],
)
def test_opinion_leads(byline: str, expected: list[str]) -> None:
    assert extract(page(byline), URL, fetched_at=FETCHED)["authors"] == expected
