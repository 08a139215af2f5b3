"""Body rule for the headline under the page's chrome (issue 11): where the headline stands
below a site's name, its motto and a date line (the fourth line, past the first three that
the title's repeat was looked for in), it leaves the body with the chrome above it (as it did
among the first three lines); a line restating the title further down stays."""

from __future__ import annotations

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

TITLE = "Raiffeisenbank schließt Zweigstelle im Dorf"
TEXT = [
    "Die Raiffeisenbank Moorwinkel schließt drei kleine Filialen rund um das Dorf.",
    "Vereine fürchten um ihre Bareinzahlungen, sagt der Vorsitzende des Vereins.",
    "Ein Bus soll die Filialen ab dem Sommer einmal in der Woche ersetzen.",
]


def _kept(lines: list[str]) -> list[str]:
    return clean_lines(lines, TITLE, "", SiteRules())[0]


def test_the_headline_under_a_sites_name_motto_and_date_leaves() -> None:
    chrome = ["Obst- und Gartenbauverein Moorwinkel", "Streuobst erhalten", "Mitteilung vom 7. Mai"]
    assert _kept([*chrome, TITLE, *TEXT]) == TEXT


def test_the_headline_under_the_first_line_leaves_as_before() -> None:
    assert _kept(["Obst- und Gartenbauverein Moorwinkel", TITLE, *TEXT]) == TEXT


def test_a_heading_restating_the_title_further_down_stays() -> None:
    lines = [*TEXT, *TEXT[:2], TITLE, *TEXT]
    assert _kept(lines) == lines
