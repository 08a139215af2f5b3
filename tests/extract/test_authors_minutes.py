"""A minute's or a summary's writer credited under the text ("Für das Protokoll: A und B",
"Protokoll: A, Schriftführerin", "Das Protokoll schrieb A.", "Zusammengefasst von A",
"Aufgeschrieben von A"; kind read in bg, bo, bj, bf, as and ax, issue 11), on small
invented pages; a line naming the minutes themselves is left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://www.foerderverein-nordheim.example/aktuelles/sitzung-maerz.html"
TEXT = "".join(
    f"<p>Im {n}. Punkt der Sitzung ging es darum, wie der Verein sein Konto bei der "
    "Sparkasse künftig führt und wer die Überweisungen freigeben darf.</p>"
    for n in range(1, 6)
)


def authors(credit: str) -> list[str]:
    """The authors of an invented club's minutes with ``credit`` under the text."""
    html = page_with(
        "<div id='kopf'><a href='/'>Förderverein Nordheim</a></div><div id='inhalt'>"
        f"<h1>Sitzung im März</h1><p>14.03.2024</p>{TEXT}<p>{credit}</p></div>"
        "<div id='fuss'>Impressum · Datenschutz</div>",
        "<title>Sitzung im März</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        (
            "Für das Protokoll: Jonna Brevik und Tamo Lindqvist",
            ["Jonna Brevik", "Tamo Lindqvist"],
        ),
        ("Protokoll: Jonna Brevik, Schriftführerin", ["Jonna Brevik"]),
        ("Das Protokoll schrieb Jonna Brevik.", ["Jonna Brevik"]),
        ("Zusammengefasst von Jonna Brevik", ["Jonna Brevik"]),
        ("Aufgeschrieben von Jonna Brevik", ["Jonna Brevik"]),
    ],
)
def test_minute_writer_credited(credit: str, expected: list[str]) -> None:
    assert authors(credit) == expected


@pytest.mark.parametrize(
    "credit",
    ["Protokoll der Sitzung vom 14. März", "Das Protokoll liegt im Vereinsheim aus."],
)
def test_minutes_named_left_alone(credit: str) -> None:
    assert authors(credit) == []
