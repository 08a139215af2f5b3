"""Dates bounding a period are no date line (issue 11: a date taken for the published one):
a price list's start, a deadline, a visitor counter's start."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("der Verein neue Beiträge beschließt")
URL = "https://www.wanderverein-musterhausen.example/aktuelles/beitraege"


@pytest.mark.parametrize(
    "line",
    [
        "Beiträge ab 01.01.2025",
        "Gültig ab dem 1. Januar 2025",
        "Anmeldung bis 01.01.2025",
        "Sie sind Besucher Nr. 4711 seit dem 01.01.2025",
        "Winterpause vom 01.01.2025 bis 28.02.2025",
    ],
)
def test_a_periods_bound_is_no_date_line(line: str) -> None:
    body = (
        f"<main><h1>Neue Mitgliedsbeiträge</h1>{TEXT}<p>{line}</p>"
        "<p>Eingetragen am 12.11.2024</p></main>"
    )
    assert (published_on(body, "", URL) or "")[:10] == "2024-11-12"


def test_online_seit_stays_the_publication() -> None:
    body = f"<main><h1>Neue Mitgliedsbeiträge</h1><p>Online seit 12.11.2024</p>{TEXT}</main>"
    assert (published_on(body, "", URL) or "")[:10] == "2024-11-12"
