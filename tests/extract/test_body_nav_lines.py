"""Body rule for a page's navigation printed as a line of its own (issue 11, ``navlines.py``):
a pager, a page count, a row of page numbers or a breadcrumb leaves the body wherever it
stands; sentences that name a page, a bare "Zurück", a heading over a list and a row of
figures stay. Small invented lines."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

SENTENCE = "Die Sparkasse Lindenau beantwortet Fragen zum Konto jetzt auch per Nachricht im Netz."
EN_SENTENCE = "My branch now opens three mornings a week, so I pay my tips in at the post office."


def _kept(lines: list[str]) -> list[str]:
    return clean_lines(lines, "", "", SiteRules())[0]


@pytest.mark.parametrize(
    "nav",
    [
        "Seite 1 von 1",
        "Seite 2/4",
        "- Seite 3 -",
        "Page 2 of 3",
        "« Ältere Einträge",
        "Nächste Seite »",
        "Next page",
        "← Older posts",
        "Newer posts →",
        "« Zurück | Seite 2 von 4 | Weiter »",
        "« Ältere Einträge   Neuere Einträge »",
        "1 2 3 … 10",
        "« 1 2 3 »",
        "Diskussionsforum » Thema",
        "Start › Presse › Mitteilungen",
    ],
)
@pytest.mark.parametrize("where", [0, 1, 2])
def test_a_navigation_line_leaves_wherever_it_stands(nav: str, where: int) -> None:
    lines = [SENTENCE, EN_SENTENCE]
    lines.insert(where, nav)
    assert _kept(lines) == [SENTENCE, EN_SENTENCE]


@pytest.mark.parametrize(
    "line",
    [
        "Seite 2 des Antrags fragt nach dem Einkommen der Eltern.",
        "Page 3 of the leaflet lists every charge.",
        "Next steps",
        "Nächste Termine",
        "Ältere Nachrichten",
        "Neuere Beiträge",
        "12 15 18",
        "Mehr Service » Die Filiale bleibt bis 18 Uhr offen, sagt die Leiterin.",
    ],
)
def test_a_line_that_is_no_navigation_stays(line: str) -> None:
    assert _kept([SENTENCE, line, EN_SENTENCE]) == [SENTENCE, line, EN_SENTENCE]
