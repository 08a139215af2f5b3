"""Body rules from de_full32's misses, judged on de_full33, de_full34 and half BL (issue 11):
a breadcrumb trail printed as the body's first line, on invented lines, with the lines
that look like one and stay."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines


@pytest.mark.parametrize(
    "trail",
    [
        "Unternehmen / Presse / Presseinformationen",
        "Startseite / Aktuelles / Meldungen",
        "Home > Über uns > Presse > Mitteilungen",
        "Sie sind hier: Start » Presse",
        "Privatkunden › Konto & Karte › Girokonto",
    ],
)
def test_a_trail_above_the_text_leaves(trail: str) -> None:
    assert kept_lines([trail, *LINES]) == LINES


@pytest.mark.parametrize(
    "line",
    [
        "Kredite / Einlagen",
        "Corporate-News: Bankhaus Vosseler AG / Expansion",
        "Bank / Kunde / Filiale: so verteilen sich die Kosten in diesem Jahr.",
    ],
)
def test_a_line_that_looks_like_a_trail_stays(line: str) -> None:
    assert kept_lines([*LINES[:2], line, LINES[2]]) == [*LINES[:2], line, LINES[2]]


def test_a_trail_below_the_text_is_no_header() -> None:
    lines = [*LINES, "Privatkunden / Konto / Girokonto"]
    assert kept_lines(lines) == lines
