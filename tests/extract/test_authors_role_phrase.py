"""A role phrase after a name in a byline ("Von A, Mitglied des Vorstands der X", "Autorin:
A, Präventionsteam der Polizei Y", "Von A, Obmann für Öffentlichkeitsarbeit"; kind read in
ab, ac, aj, ak, bg, k and en_m, issue 11) is no name, on small invented pages; a second
name after the comma, also one with "van der", stays."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.rolephrase import is_role_phrase

URL = "https://www.sparkassenverband-muster.example/presse/standpunkt-filialen.html"
TEXT = "".join(
    f"<p>Der Verband erklärt im {n}. Absatz, warum die Sparkassen ihre Filialen umbauen und "
    "was Kundinnen und Kunden in den kommenden Monaten erwartet.</p>"
    for n in range(1, 6)
)


def authors(byline: str) -> list[str]:
    """The authors of an invented press page with ``byline`` under its headline."""
    html = page_with(
        "<header><a href='/'>Sparkassenverband Muster</a></header><main><h1>Filialen im "
        f"Umbau</h1><article><p class='byline'>{byline}</p><section>{TEXT}</section>"
        "</article></main><footer>Sparkassenverband Muster</footer>",
        "<title>Filialen im Umbau</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Von Hanna Oltrogge, Mitglied des Vorstands der Sparkasse Muster", ["Hanna Oltrogge"]),
        ("Von Jens Pape, Präsident des Verbands · 15. November 1999", ["Jens Pape"]),
        ("Von Jens Pape, Obmann für Öffentlichkeitsarbeit", ["Jens Pape"]),
        ("Autorin: Hanna Oltrogge, Präventionsteam der Polizei Muster", ["Hanna Oltrogge"]),
        ("By Hanna Oltrogge, Chief Officer of Member Services", ["Hanna Oltrogge"]),
        ("Ein Beitrag von Jens Pape, Leiter im Kundenservice", ["Jens Pape"]),
        # left alone: a second name
        ("Von Hanna Oltrogge, Jens Pape", ["Hanna Oltrogge", "Jens Pape"]),
    ],
)
def test_role_phrase_after_the_name_is_no_author(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("Head of Customer Care", True),
        ("Beraterin in Rosenheim", True),
        ("Jan van der Berg", False),
        ("Jens Pape", False),
        ("van der Berg", False),
    ],
)
def test_is_role_phrase(part: str, expected: bool) -> None:
    assert is_role_phrase(part) is expected
