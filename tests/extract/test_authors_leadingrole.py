"""A role before a name, also as the end of a compound ("Gemeindereferentin", "Vereinsmitglied"),
is no part of the name (kind read in half Q, judged on half R)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://verein.example/2026/02/kassenbericht/"
TEXT = "".join(
    f"<p>Der Verein erklärt im {n}. Absatz, warum die Kasse der Volksbank Musterstadt "
    "gut dasteht und was die Mitglieder davon haben sollen.</p>"
    for n in range(1, 5)
)


def authors(byline: str) -> list[str]:
    body = f"<article><h1>Kassenbericht 2025</h1><p><em>{byline}</em></p>{TEXT}</article>"
    return extract(page_with(body), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Ein Bericht von Vereinsmitglied Jana Beispiel", ["Jana Beispiel"]),
        ("Text: Gemeindereferentin Mira Exempel", ["Mira Exempel"]),
        ("Von Pressesprecherin Anna Muster", ["Anna Muster"]),
        ("Von Redakteur Jonas Probst", ["Jonas Probst"]),
        # left alone: no compound ending in a role, or no full name after it
        ("Von Anna Muster", ["Anna Muster"]),
        ("Text: Vorstandsmitglied Probst", []),
    ],
)
def test_a_role_before_the_name_is_cut(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected
