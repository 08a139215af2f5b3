"""As-told-to pieces' and reporters' credits ("Aufgezeichnet von A", "Protokoll: A", "Es
berichtet für Sie: A"), kind read in halves N, L and P (issue 11): the name is the author."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Ich habe im {n}. Jahr meiner Ausbildung gemerkt, wie wenig ich über Geld weiß, und "
    "angefangen, jeden Monat einen festen Betrag in einen Sparplan zu legen.</p>"
    for n in range(1, 5)
)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Aufgezeichnet von Janne Kroll", ["Janne Kroll"]),
        ("Aufgeschrieben von Nadine Ost", ["Nadine Ost"]),
        ("Protokoll: Janne Kroll", ["Janne Kroll"]),
        ("Es berichtet für Sie: Tobias Henne", ["Tobias Henne"]),
        ("Protokoll der Sitzung vom Montag", []),
    ],
)
def test_as_told_to_credits(byline: str, expected: list[str]) -> None:
    html = page_with(
        f"<article><h1>Mein erster Sparplan</h1><p>{byline}</p>{TEXT}</article>",
        "<title>Mein erster Sparplan - Jobmagazin</title>",
    )
    assert extract(html, "https://jobmagazin.example/sparplan", fetched_at=FETCHED)["authors"] == (
        expected
    )
