"""A byline's items after a spaced middle dot or bullet ("Autor: A · Veröffentlicht: …",
"A · Produktmanagerin", "Von A und B · 3 Min. Lesezeit"): the name stops at the separator
(`AUTHOR_TRAILER`; kind read in halves AU, B and O, issue 11), on small invented pages; a wire
after "with" ("A with PA", session 34)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.names import split_authors

URL = "https://www.ratgeber-geld.example/artikel/festgeld-oder-tagesgeld-a4411"
TEXT = "".join(
    f"<p>Im {n}. Quartal haben wieder mehrere Sparkassen ihre Zinsen angehoben, während die "
    "Direktbanken ihr Angebot für Tagesgeld in der App erweitert haben.</p>"
    for n in range(1, 5)
)


def authors(byline: str) -> list[str]:
    html = page_with(
        "<div id='header'><a class='logo'>Ratgeber Geld</a></div><div id='main'>"
        f"<h1>Festgeld oder Tagesgeld?</h1><div class='byline'>{byline}</div>"
        f"<div class='article-body'>{TEXT}</div></div>",
        "<title>Festgeld oder Tagesgeld? | Ratgeber Geld</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "Autor: <a href='/user/jana'>Jana Obermeier</a> · Veröffentlicht: 04.11.2008",
            ["Jana Obermeier"],
        ),
        ("Von <a href='/autor/kai'>Kai Lemberg</a> • 3 Min. Lesezeit", ["Kai Lemberg"]),
    ],
)
def test_the_name_stops_at_the_separator(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Marlene Wittrock · Produktmanagerin", ["Marlene Wittrock"]),
        ("Von Svenja Lutz und Tim Berg ·", ["Svenja Lutz", "Tim Berg"]),
        ("Von Anna Roth • Aktualisiert", ["Anna Roth"]),
        # a dot inside a word is no separator
        ("Gal·la Puig", ["Gal·la Puig"]),
    ],
)
def test_split_authors_cuts_at_a_spaced_dot(value: str, expected: list[str]) -> None:
    assert split_authors([value])[0] == expected


@pytest.mark.parametrize(
    ("value", "names", "agencies"),
    [
        # a UK or Indian wire credited after the writer "with" (session 34, en_ar)
        ("Conor Delaney with PA", ["Conor Delaney"], ["PA"]),
        ("Priya Nair with PTI", ["Priya Nair"], ["PTI"]),
        ("Anna Roth mit dpa", ["Anna Roth"], ["dpa"]),
    ],
)
def test_a_wire_after_with(value: str, names: list[str], agencies: list[str]) -> None:
    assert split_authors([value]) == (names, agencies)


def test_a_writer_with_pa_in_the_byline() -> None:
    assert authors("By Conor Delaney with PA") == ["Conor Delaney", "PA"]
