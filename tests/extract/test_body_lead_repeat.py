"""Body rule for the lead repeated in the body (issue 11, ``body.py``): a body line that is
the lead, word for word, leaves wherever it stands (under a byline's lines, a team's name:
the page shows its teaser twice); a line that only opens like the lead, or a page with no
lead, keeps its lines."""

from __future__ import annotations

from extract_pages import LINES

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

TITLE = "Volksbank startet Kanal auf Instagram"
LEAD = "Die Volksbank Musterstadt erklärt ihren neuen Kanal. Kunden können dort Fragen stellen."
TOP = ["Lenja Haverkamp", "Team Paylinde", "Redaktion Musterstadt"]


def _kept(lines: list[str], lead: str) -> list[str]:
    return clean_lines(lines, TITLE, lead, SiteRules())[0]


def test_the_lead_under_the_bylines_leaves() -> None:
    assert LEAD not in _kept([*TOP, LEAD, *LINES], LEAD)


def test_the_lead_further_down_leaves() -> None:
    assert _kept([*LINES, LEAD, *LINES], LEAD).count(LEAD) == 0


def test_a_line_opening_like_the_lead_stays() -> None:
    line = LEAD + " Die Bank will damit vor allem junge Kunden erreichen."
    assert line in _kept([*TOP, line, *LINES], LEAD)


def test_without_a_lead_the_line_stays() -> None:
    assert LEAD in _kept([*TOP, LEAD, *LINES], "")
