"""A role after a middle dot in byline markup ("Name · Produktmanagerin"; kind read in half O,
issue 11): the name without the role, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://ledger.example/updates/echtzeitueberweisungen/"
TEXT = "".join(
    f"<p>Ab sofort lassen sich Echtzeitüberweisungen über die Schnittstelle auslösen; in "
    f"Version {n} prüft die API außerdem den Namen des Empfängers vor der Zahlung.</p>"
    for n in range(2, 7)
)


def authors(byline: str) -> list[str]:
    html = page_with(
        "<article><h1>Echtzeitüberweisungen über die API</h1><div class='meta'>"
        f"<span class='author'><img alt='' src='/a.png'>{byline}</span> "
        f"<time datetime='2026-02-09'>9. Februar 2026</time></div>{TEXT}</article>",
        "<title>Echtzeitüberweisungen – Updates</title><meta name='author' content='Ledger'>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Marlene Wittrock · Produktmanagerin", ["Marlene Wittrock"]),
        ("Marlene Wittrock · Leiterin Zahlungsverkehr", ["Marlene Wittrock"]),
        ("Marlene Wittrock", ["Marlene Wittrock"]),
    ],
)
def test_role_after_middle_dot(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected
