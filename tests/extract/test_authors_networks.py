"""How blog networks, research portals and journals credit their writers (issue 11, rules
from half AD's and AC's misses, judged on halves AE, AF and AG): each rule on a small
invented page, the case it reads and the case it leaves alone."""

from __future__ import annotations

import pytest
from test_authors_newsroom import authors, page


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a network's byline list: the day after the name, an action link beside it
        (
            "<ul class='byline'><li>Gepostet von <a class='profile'>Anja Reimers</a> am 14. März"
            " 2009 um 21:15</li><li><a>Alle Blog-Beiträge anzeigen</a></li></ul>",
            ["Anja Reimers"],
        ),
        (
            "<p class='byline'>Geschrieben von <a>Holger Brandtner</a> am 03.02.2010</p>",
            ["Holger Brandtner"],
        ),
        # the action link alone names nobody
        ("<ul class='byline'><li><a>Alle Blog-Beiträge anzeigen</a></li></ul>", []),
    ],
)
def test_network_byline_lists(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a compound of the genre word before the writer
        ("<p class='byline'>Eine Gastanalyse von Konstantin Ebeling</p>", ["Konstantin Ebeling"]),
        ("Eine Gastkolumne von Marlene Osterkamp", ["Marlene Osterkamp"]),
        ("Eine Marktanalyse von Jonas Ferber und Ute Kallweit", ["Jonas Ferber", "Ute Kallweit"]),
        # a sentence after it stays body text
        ("Eine Marktanalyse von Deloitte zeigt, dass viele Konten teurer werden.", []),
    ],
)
def test_genre_compounds(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a research note's analysts, their telephone on the next line
        ("<p>Analyst: Christoph Nerger<br>Telefon: +49 40 3344-7120</p>", ["Christoph Nerger"]),
        (
            "<p>Analysten: Paulina Weber, Arne Stöver<br>Telefon: +49 40 3344-7133</p>",
            ["Paulina Weber", "Arne Stöver"],
        ),
        ("<p>Analystin: Wiebke Sanders</p>", ["Wiebke Sanders"]),
        # an analyst quoted in the text credits nobody
        ("<p>Der Analyst Jonas Ferber rechnet mit weiteren Schließungen.</p>", []),
    ],
)
def test_research_analysts(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected
