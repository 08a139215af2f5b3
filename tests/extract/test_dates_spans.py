"""A date ending a span of days ("Fachkonferenz Zahlungsverkehr, 14.–15. März 2023", "vom 3.
bis 5. Mai 2022") is an event's, no date line: the speech's or report's own day stands (issue
11, rd4, dates_t's misses); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("sichere Zahlverfahren wichtig sind")
URL = "https://www.verband.example/presse/reden/vertrauen-ist-die-wichtigste-waehrung-4063"


@pytest.mark.parametrize(
    ("occasion", "expected"),
    [
        ("Fachkonferenz Zahlungsverkehr, 14.–15. März 2023", "2023-03-14"),
        ("Fachkonferenz Zahlungsverkehr vom 14. bis 16. März 2023", "2023-03-14"),
        # one day is the line's date: it stays
        ("Fachkonferenz Zahlungsverkehr, 15. März 2023", "2023-03-15"),
    ],
)
def test_a_date_ending_a_span_of_days_is_no_date_line(occasion: str, expected: str) -> None:
    page = (
        "<article class='speech'><p class='kicker'>Rede · 14. März 2023</p>"
        f"<h1>Vertrauen ist die wichtigste Währung</h1><p class='occasion'>{occasion}</p>"
        f"<p>Deniz Arslan</p>{TEXT}</article>"
    )
    assert (published_on(page, "", URL) or "")[:10] == expected
