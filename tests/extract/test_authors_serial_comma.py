"""A comma before "und"/"and" in a byline is one separator with it: the serial comma ("By A,
B, and C") and a place after each name ("Von A, Berlin, und B, München") keep the last name."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract
from newsarchive.extract.names import split_authors

URL = "https://www.beispielzeitung.example/wirtschaft/banken-im-netz-12345.html"


def authors(line: str) -> list[str]:
    top = f"<h1>Banken im Netz</h1><p class='byline'>{line}</p>"
    return extract(article_page(top=top), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Ann Sample, Jan Probe, and Eve Example", ["Ann Sample", "Jan Probe", "Eve Example"]),
        ("Von Anna Beispiel, Berlin, und Jan Muster, München", ["Anna Beispiel", "Jan Muster"]),
        (
            "Von Anna Beispiel, Jan Muster und Eva Probe",
            ["Anna Beispiel", "Jan Muster", "Eva Probe"],
        ),
    ],
)
def test_serial_comma(line: str, expected: list[str]) -> None:
    assert authors(line) == expected


def test_split_serial_comma() -> None:
    assert split_authors(["Ann Sample, Jan Probe, and Eve Example"])[0] == [
        "Ann Sample",
        "Jan Probe",
        "Eve Example",
    ]
