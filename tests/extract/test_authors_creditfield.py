"""A CMS account's byline ("Verfasst von p.roth") yields to the credit field naming the
writers ("Text: A und B · Illustration: C", "Interview: A · Fotos: B"); kind read in half Q."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://heft.example/geld/genossenschaftsbank"
TEXT = "".join(
    f"<p>Die Volksbank Musterstadt erklärt im {n}. Absatz, wem sie gehört und was "
    "Mitglieder davon haben sollen.</p>"
    for n in range(1, 5)
)


def authors(account: str, credits: str) -> list[str]:
    body = (
        "<article><h1>Wem gehört die Bank?</h1><div class='node__meta'><span>Verfasst von "
        f"<span class='field--name-uid'>{account}</span> am So., 01.02.2026 - 10:00</span></div>"
        f"<p class='field--name-field-credits'>{credits}</p>{TEXT}</article>"
    )
    return extract(page_with(body), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("account", "credits", "expected"),
    [
        ("j.beispiel", "Text: Jana Beispiel und Jonas Probst · Illustration: Mira Exempel",
         ["Jana Beispiel", "Jonas Probst"]),
        ("redaktion_web", "Interview: Anna Muster · Fotos: Jonas Probst", ["Anna Muster"]),
        # left alone: no credit field
        ("redaktion_web", "Aus Heft 02/2026", []),
    ],
)  # fmt: skip
def test_a_credit_field_names_the_writers_over_an_account(
    account: str, credits: str, expected: list[str]
) -> None:
    assert authors(account, credits) == expected
