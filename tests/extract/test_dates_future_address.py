"""An address dated after the fetch names an event's day, not the page's (issue 11): an event
page "/termine/2027-01-21-open-banking" announced in November keeps the day it shows; an
address dated before the fetch still names the publication."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs, published_on

TEXT = paragraphs("der Verein zum Fintech-Abend einlädt")
BODY = f"<main><h1>Fintech-Abend: Open Banking</h1><p>Eingetragen am 10.11.2026</p>{TEXT}</main>"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # the event's day, weeks after the fetch: the page's own line
        ("https://www.fintech-verein.example/termine/2027-01-21-open-banking", "2026-11-10"),
        ("https://www.fintech-verein.example/2027/01/21/open-banking/", "2026-11-10"),
        # a day before the fetch still names the page
        ("https://www.fintech-verein.example/2026/11/12/open-banking/", "2026-11-12"),
    ],
)
def test_an_address_day_after_the_fetch_names_no_publication(url: str, expected: str) -> None:
    assert FETCHED.date().isoformat() < "2027-01-21"
    assert (published_on(BODY, "", url) or "")[:10] == expected
