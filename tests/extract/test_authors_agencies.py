"""An agency after a person in one byline ("Von Jana Keller, dpa": the agency is the report's
source; kind read in halves Z and W, issue 11): the person alone is the author, on small
invented pages; an agency credited apart (a JSON-LD list) or alone stays."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.names import split_authors

URL = "https://www.mailportal.example/nachrichten/wirtschaft/banken-instagram"
TEXT = "".join(
    f"<p>Zum {n}. Mal in diesem Jahr werben Banken mit kurzen Videos um Schüler und "
    "Studenten, die ihr erstes Girokonto eröffnen wollen.</p>"
    for n in range(2, 7)
)


def authors(byline: str) -> list[str]:
    html = page_with(
        "<main><article><h1>Banken werben auf Instagram um junge Kunden</h1>"
        "<div class='meta'><time datetime='2026-04-22T07:10:00+01:00'>22.04.2026</time> "
        f"<span class='source'>{byline}</span></div>{TEXT}</article></main>",
        "<title>Banken werben auf Instagram um junge Kunden | Mailportal</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Von Jana Kellermann, dpa", ["Jana Kellermann"]),
        ("Von Jana Kellermann und Ole Brix, AFP", ["Jana Kellermann", "Ole Brix"]),
    ],
)
def test_agency_after_person(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected


def test_agency_credited_apart() -> None:
    assert split_authors(["Jana Kellermann", "Reuters"]) == (["Jana Kellermann"], ["Reuters"])
    assert split_authors(["Jana, dpa"]) == (["Jana"], ["dpa"])  # a first name alone
    assert split_authors(["Von dpa"]) == ([], ["dpa"])
