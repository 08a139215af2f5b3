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
