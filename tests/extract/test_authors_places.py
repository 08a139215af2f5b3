"""Correspondents' bylines (issue 11, rules from half N's misses, judged on half O): each
rule on a small invented page, the case it reads and the case it leaves alone."""

from __future__ import annotations

import pytest
from test_authors_newsroom import authors, page


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
