"""Correspondents' bylines (issue 11, rules from half N's misses, judged on half O): each
rule on a small invented page, the case it reads and the case it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with
from test_authors_newsroom import TEXT, authors, page

from newsarchive.extract import extract


def _authors(html: bytes) -> list[str]:
    return extract(html, "https://kassenbuch.example/blog/2026/02/import/", fetched_at=FETCHED)[
        "authors"
    ]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a place after each name, a comma before the "und" joining them
        ("Von Lukas Brenner, Zürich, und Carla Imhof, Bern", ["Lukas Brenner", "Carla Imhof"]),
        ("Von Lukas Brenner, Genf, und Carla Imhof", ["Lukas Brenner", "Carla Imhof"]),
        ("Von Lukas Brenner und Carla Imhof", ["Lukas Brenner", "Carla Imhof"]),
        # a comma and "und" inside a sentence is no byline
        ("Von Banken, Kassen, und Händlern wird das Bargeld gemieden", []),
    ],
)
def test_places_between_names(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # the writer's relation to the paper as the line's subject, a place after the name
        ("Unsere Korrespondentin Hanna Kowalczyk, Warschau", ["Hanna Kowalczyk"]),
        ("Unsere Kolumnistin <b>Meike Thiessen</b> antwortet", ["Meike Thiessen"]),
        ("Unser Reporter Jonas Ferber", ["Jonas Ferber"]),
        # a correspondent's report names its place first
        ("Aus Wien berichtet Lena Aigner", ["Lena Aigner"]),
        ("Aus New York berichten Ute Kallweit und Jonas Ferber", ["Ute Kallweit", "Jonas Ferber"]),
        # "unser" before no newsroom role, a report from a place no byline
        ("Unsere Filiale in Auenberg", []),
        ("Aus Wien berichtet die Nationalbank über steigende Zinsen", []),
    ],
)
def test_staff_subject_and_report_place(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a story told by a member, written down by the writer
        ("Aufgeschrieben von Nele Brakmann", ["Nele Brakmann"]),
        ("Aufgezeichnet von <a href='/autor/tb'>Tilo Brandner</a>", ["Tilo Brandner"]),
        # a sentence about what was written down is no byline
        ("Aufgeschrieben von Hand wurde hier lange jede Buchung im Kassenbuch", []),
    ],
)
def test_written_down_by(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected


def _list_page(cards: str, where: str = "md-post__authors") -> bytes:
    return page_with(
        f"<main><div class='md-sidebar'><div class='{where}'>{cards}</div></div>"
        "<article><h1>Kontoauszüge automatisch importieren</h1>"
        f"<div class='md-content'>{TEXT}</div></article></main>",
        "<title>Kontoauszüge automatisch importieren - Kassenbuch Blog</title>",
    )


def _card(name: str, role: str) -> str:
    return (
        "<div class='md-profile'><img class='md-author' src='/a.png' alt=''>"
        f"<span class='md-profile__description'><strong>{name}</strong><br>{role}</span></div>"
    )


def test_author_list_cards() -> None:
    # a post's author list: each card opens with a name, its role after it
    two = _card("Kai Uwe Brandes", "Kernteam") + _card("Selin Aksoy", "Kernteam")
    assert _authors(_list_page(two)) == ["Kai Uwe Brandes", "Selin Aksoy"]
    assert _authors(_list_page(_card("Hauke Lorenzen", "Sicherheit"))) == ["Hauke Lorenzen"]
    # a card that opens with no name makes the list no author list; a list in comments none
    assert _authors(_list_page(two + _card("12 Beiträge", "Archiv"))) == []
    assert _authors(_list_page(two, "comment-authors")) == []
