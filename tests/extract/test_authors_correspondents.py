"""A correspondent's byline that names where the writer reports from ("Aus Wien berichtet
Anna Roth") or calls the writer the paper's own ("Unsere Korrespondentin Anna Roth,
Warschau"), kind read in half N (issue 11): the names are the authors, the lead and the
place are not; the cases it leaves alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.grenzbote.example/wirtschaft/banken-im-osten-4711.html"
TEXT = "".join(
    f"<p>Die Banken der Region melden im {n}. Quartal mehr Kundschaft über soziale Netzwerke, "
    "vor allem jüngere Menschen eröffnen ihr Konto inzwischen per App.</p>"
    for n in range(1, 5)
)


def authors(top: str, tail: str = "") -> list[str]:
    html = page_with(
        f"<div class='story'><h1>Banken im Osten setzen auf Instagram</h1>{top}{TEXT}{tail}</div>",
        "<title>Banken im Osten setzen auf Instagram - Grenzbote</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("top", "tail", "expected"),
    [
        ("<p class='by'>Aus Wien berichtet Verena Holm</p>", "", ["Verena Holm"]),
        ("", "<p>Aus New York berichtet Jan van Dijk</p>", ["Jan van Dijk"]),
        ("<p>Aus Brüssel berichten Eva Roth und Tom Sauer</p>", "", ["Eva Roth", "Tom Sauer"]),
        ("<p>Unsere Korrespondentin Lena Brandt, Warschau</p>", "", ["Lena Brandt"]),
        ("<p>Von unserem Korrespondenten Malte Kurz</p>", "", ["Malte Kurz"]),
        # running text that reports from a place names no writer
        ("<p>Aus Wien berichtet die Presse über steigende Gebühren.</p>", "", []),
        ("<p>Die Zeitung berichtet aus Wien über Anna Roth und ihre Bank.</p>", "", []),
    ],
)
def test_correspondent_bylines(top: str, tail: str, expected: list[str]) -> None:
    assert authors(top, tail) == expected
