"""A club officer's signature closing a letter-like post (half AL's kind, issue 11): the
names signing with an office or for the board, not the office; a group's signature and an
office line inside the text are not read."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://www.investmentclub-beispiel.example/bericht_0300.html"
TEXT = "".join(
    f"<p>Unser Depot hat im {n}. Monat des Jahres leicht zugelegt, vor allem dank der Aktien "
    "der Banken und Versicherer, die wir im Herbst gekauft haben.</p>"
    for n in range(1, 6)
)
EARLIER = (
    "<hr><p><b>Frühere Berichte</b></p><ul>"
    "<li><a href='bericht0.html'>Filialnetz wird neu geordnet</a> (29.01.2000)</li>"
    "<li><a href='bericht1.html'>Vorstand bestätigt Fusionspläne</a> (29.12.1999)</li></ul>"
)


def authors(end: str, after: str = EARLIER) -> list[str]:
    html = page_with(
        "<blockquote><p><font size='+2'><b>Unser Depot im ersten Quartal</b></font></p>"
        f"<p>Brakenfeld, den 26. März 2000</p>{TEXT}{end}{after}</blockquote>",
        "<title>Investmentclub Beispiel e.V.</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("<p>Eure Kassenwartin Gisela Marquardt</p>", ["Gisela Marquardt"]),
        ("<p>Ihr 1. Vorsitzender Ralf Quandt</p>", ["Ralf Quandt"]),
        ("<p>Für den Vorstand: Werner Ohlendorf</p>", ["Werner Ohlendorf"]),
        (
            "<p>Werner Ohlendorf und Gisela Marquardt für den Vorstand</p>",
            ["Werner Ohlendorf", "Gisela Marquardt"],
        ),
        # a group signs, or an office is named inside the text: no author
        ("<p>Euer Vorstand</p>", []),
        (
            "<p>Kassenwartin Gisela Marquardt</p><p>Wer Fragen zum Depot hat, kann sich "
            "jederzeit bei uns melden, telefonisch oder beim nächsten Treffen im Club.</p>",
            [],
        ),
    ],
)
def test_officer_signature(end: str, expected: list[str]) -> None:
    assert authors(end) == expected


def test_officer_signature_as_the_last_line() -> None:
    assert authors("<p>Für den Vorstand: Werner Ohlendorf</p>", after="") == ["Werner Ohlendorf"]
