"""A span of days under the headline ("Fachkonferenz Zahlungsverkehr, 14.–15. März 2023")
names an event's days, not the publication's: the page's own date stays (dates_t's misses,
issue 11); a single day in such a line is still a date line. Small pages written for the
test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

URL = "https://verband.example/presse/reden/vertrauen-im-zahlungsverkehr"
TEXT = (
    "<p>Sehr geehrte Damen und Herren, ich freue mich, heute hier zu Ihnen sprechen zu dürfen.</p>"
    "<p>Der Zahlungsverkehr hat sich in den letzten zehn Jahren stärker verändert als zuvor.</p>"
)


def _speech(occasion: str) -> str:
    return (
        "<article><p class='kicker'>Rede · <time datetime='2023-03-14'>14. März 2023</time></p>"
        f"<h1>Vertrauen ist die wichtigste Währung</h1><p class='anlass'>{occasion}</p>"
        f"{TEXT}</article>"
    )


@pytest.mark.parametrize(
    "occasion",
    [
        "Fachkonferenz Zahlungsverkehr, 14.–15. März 2023",
        "Fachkonferenz Zahlungsverkehr, 14. - 16.03.2023",
        "Tagung vom 14. bis 17. März 2023",
        "Jahrestagung, 14.03.–15.03.2023",
    ],
)
def test_a_span_of_days_is_the_events_not_the_publication(occasion: str) -> None:
    assert published_on(_speech(occasion), "", URL) == "2023-03-14"


def test_a_single_day_under_the_headline_is_still_the_date_line() -> None:
    page = f"<article><h1>Vertrauen ist die wichtigste Währung</h1><p>15. März 2023</p>{TEXT}"
    assert published_on(page + "</article>", "", URL) == "2023-03-15"
