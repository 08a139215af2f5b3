"""A date's label before a weekday and a comma ("Veröffentlicht: Dienstag, 12. September 2023
08:00", Joomla's info block) ranks the date as its label says: the publication's label comes
before the creation's ("Erstellt: Freitag, 08. September 2023 14:20" above it), also where
the comma after the weekday reads like a separator (issue 11, session 52, from the credits
sets' misses). Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

URL = "https://wirtschaftsspiegel.example/banken/banking-apps-daten"
CREATED = "Erstellt: Freitag, 08. September 2023 14:20"


@pytest.mark.parametrize(
    "published",
    ["Veröffentlicht: Dienstag, 12. September 2023 08:00", "Veröffentlicht: Di., 12.09.2023 08:00"],
)
def test_the_published_label_before_a_weekday_outranks_the_created_one(published: str) -> None:
    body = (
        "<article><h1>Banking-Apps senden Daten</h1><dl class='article-info'>"
        f"<dd class='create'>{CREATED}</dd><dd class='published'>{published}</dd></dl>"
        f"{paragraphs('Banking-Apps Daten senden')}</article>"
    )
    assert (published_on(body, "", URL) or "")[:10] == "2023-09-12"


def test_a_label_after_a_separator_still_ranks() -> None:
    body = (
        "<article><h1>Mitschrift Zahlungsverkehr</h1><p>Akademisches Jahr: 2020/2021 · "
        "Veröffentlicht am 19.07.2021</p><p>8. Juli 2021</p>"
        f"{paragraphs('die Mitschrift hilft')}</article>"
    )
    assert (published_on(body, "", URL) or "")[:10] == "2021-07-19"
