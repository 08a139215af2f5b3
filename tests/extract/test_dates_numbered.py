"""A numbered update ("Update #4 · 09.11.2021", a crowdfunding project's post) is a post of
its own, not a change; "Update: 10.11.2021" still is one; small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("der Dorfladen nach der Finanzierung öffnet")
URL = "https://www.crowd.example/projekte/dorfladen-140/blog/1697"


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Update #4 · 09.11.2021", "2021-11-09"), ("Update Nr. 4 · 09.11.2021", "2021-11-09")],
)
def test_a_numbered_update_s_day_is_its_date_line(line: str, expected: str) -> None:
    body = f"<main><article><h1>Wie es weitergeht</h1><p>{line}</p>{TEXT}</article></main>"
    assert (published_on(body, "", URL) or "")[:10] == expected


def test_a_change_s_day_stays_no_date_line() -> None:
    body = (
        "<main><article><h1>Wie es weitergeht</h1><p>Veröffentlicht am 09.11.2021</p>"
        f"<p>Update: 10.11.2021</p>{TEXT}</article></main>"
    )
    assert (published_on(body, "", URL) or "")[:10] == "2021-11-09"
