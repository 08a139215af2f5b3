"""An association's or company's office after the writer's name in a byline ("Von Hartmut
Eilers, Präsident des Versichererverbands Nord · 15. November 1999"; kind read in half AB,
issue 11): the office is no second author and no part of the name, on small invented pages;
two people stay two people."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.versichererverband-nord.example/aktuell/jahresbilanz.htm"
TEXT = "".join(
    f"<p>Im {n}. Halbjahr haben die Versicherer im Norden wieder mehr Verträge abgeschlossen, "
    "während die Zahl der Schäden nach den Stürmen deutlich gestiegen ist.</p>"
    for n in range(1, 6)
)


def authors(byline: str) -> list[str]:
    html = page_with(
        "<p><b>Versichererverband Nord e.V.</b></p>"
        f"<p>{byline}</p><h1>Jahresbilanz: Mehr Verträge, mehr Schäden</h1>{TEXT}",
        "<title>Jahresbilanz: Mehr Verträge, mehr Schäden</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "Von Hartmut Eilers, Präsident des Versichererverbands Nord · 15. November 1999",
            ["Hartmut Eilers"],
        ),
        ("Von Ute Brandes, Vizepräsidentin des Verbands", ["Ute Brandes"]),
        ("Von Ute Brandes, Inhaberin der Kanzlei Brandes", ["Ute Brandes"]),
        ("Von Ute Brandes, Professorin für Finanzen", ["Ute Brandes"]),
        # two people stay two people
        ("Von Hartmut Eilers, Ute Brandes", ["Hartmut Eilers", "Ute Brandes"]),
    ],
)
def test_office_after_the_name(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected
