"""Body rule for the looser bylines at the top of the body (issue 11, ``topbylines.py``): a
name after "Von", "by", "Geschrieben von", "Veröffentlicht von" or "Autor:" with its date,
login, role, class, category or count of reads leaves; text opening with "Von" stays."""

from __future__ import annotations

import pytest
from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept


@pytest.mark.parametrize(
    "byline",
    [
        "Von Kerstin Vahlbruch am 15. Mai 2007, 20:15 - Aus dem Verein",
        "Von br-admin, 12.05.2003 · Thema: Standorte",
        "Geschrieben von Anna Berg am Donnerstag, 25. November 2004 (350 mal gelesen)",
        "Veröffentlicht von Webmaster (admin) am 03.02.2026, 09:00 Uhr",
        "Posted by kurszettel, 11/22/2000; 6:03:21 PM",
        "von Mia Grotefend (Klasse 10b)",
        "Autor: Jakob Wendt · Regie: Sabine Oltmanns",
    ],
)
def test_a_byline_on_top_leaves(byline: str) -> None:
    assert _kept([byline, *TEXT]) == TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Von den bisherigen Geschäftsstellen bleiben nach dem Umbau nur die größeren",
        "Von der Filiale bis zum Vorstand: die Zahlen einer neuen Erhebung",
        "Von Aachen bis Zwickau schließen Banken ihre kleinen Filialen",
        "Von Montag an gelten in allen Filialen neue Öffnungszeiten.",
        "By 2030 half of the branches will be gone",
    ],
)
def test_text_opening_with_von_or_by_stays(line: str) -> None:
    assert _kept([line, *TEXT]) == [line, *TEXT]


def test_a_byline_further_down_stays() -> None:
    line = "Von Kerstin Vahlbruch am 15. Mai 2007, 20:15 - Aus dem Verein"
    lines = [*TEXT, line, *TEXT]
    assert _kept(lines) == lines
