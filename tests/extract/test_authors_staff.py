"""How news publishers credit their writers (issue 11, rules from half M's misses, judged
on half N): each rule on a small invented page, the case it reads and the case it leaves
alone."""

from __future__ import annotations

import pytest
from test_authors_newsroom import authors, page


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a local paper's staff lead before the name
        ("Von unserem Mitarbeiter Gerd Uhlenbrock", ["Gerd Uhlenbrock"]),
        ("Von unserer Redakteurin Ina Roth", ["Ina Roth"]),
        ("Von unserem Wirtschaftsredakteur Tilo Brandner", ["Tilo Brandner"]),
        (
            "Von unseren Korrespondenten Ute Kallweit und Jonas Ferber",
            ["Ute Kallweit", "Jonas Ferber"],
        ),
        ("Von unserem Mitarbeiter <a href='/autor/gu'>Gerd Uhlenbrock</a>", ["Gerd Uhlenbrock"]),
        ("<span class='byline'>Von unserer Redakteurin Ina Roth</span>", ["Ina Roth"]),
        # after "von" any relation to the paper (session 31: ar, de_full87)
        ("Von unserem Redaktionsmitglied Anke Brehm", ["Anke Brehm"]),
        ("<span class='byline'>Von unserer Redaktion, mit Material von dpa</span>", ["dpa"]),
        # the piece's form before the relation (session 66, read on de_full692, de_full712, x)
        ("<p><em>Verfasst von unserem Filialleiter Murat Aydın</em></p>", ["Murat Aydın"]),
        ("Ein Beitrag von unserer Auszubildenden Mia Sommerfeld", ["Mia Sommerfeld"]),
        ("<p><em>Ein Bericht unserer Schriftführerin Helga Brenner</em></p>", ["Helga Brenner"]),
        # "unser" before no name credits nobody
        ("Von unserer Seite aus gesehen", []),
        ("<span class='byline'>Von unserer Redaktion</span>", []),
    ],
)
def test_staff_leads(byline: str, expected: list[str]) -> None:
    assert authors(page(byline)) == expected
