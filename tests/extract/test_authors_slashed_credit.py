"""A text node of agencies joined by slashes, a writer's full name first or not ("APA/Reuters",
"Martina Hofstätter / APA": an Austrian paper's source line under its lead; issue 11,
session 42), alone or after a byline's lead ("Von: dpa/AFP"; session 53), is the article's
credit; a picture's ("picture alliance/dpa") is not. Small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.donaukurier-online.example/wirtschaft/kontogebuehren-steigen-2012"
TEXT = "".join(
    f"<p>Im {n}. Absatz erklärt die Zeitung, warum die Kontogebühren steigen und was "
    "Kundinnen und Kunden dagegen tun können.</p>"
    for n in range(1, 6)
)


def authors(credit: str) -> list[str]:
    body = (
        "<main><h1>Kontoführung wird teurer</h1><p class='lead'>Ein Girokonto kostet um bis zu "
        f"18 Prozent mehr.</p><div class='story-meta'><span class='story-meta__source'>{credit}"
        f"</span> <span>9. Jän. 2012, 14:05</span></div>{TEXT}</main>"
    )
    page = page_with(body, "<title>Kontoführung wird teurer - Donaukurier</title>")
    return list(extract(page, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("APA/Reuters", ["APA", "Reuters"]),
        ("Martina Hofstätter / APA", ["Martina Hofstätter", "APA"]),
        ("dpa / AFP", ["dpa", "AFP"]),
    ],
)
def test_a_slashed_credit_under_the_lead(credit: str, expected: list[str]) -> None:
    assert authors(credit) == expected


def test_a_pictures_credit_is_none() -> None:
    assert authors("picture alliance/dpa") == []


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        # after a byline's lead, in its own node or not (session 53): each agency
        ("<span>Von:</span> <span>dpa/AFP</span>", ["dpa", "AFP"]),
        ("Von dpa / Reuters", ["dpa", "Reuters"]),
        # a regional desk is dpa's own
        ("Von dpa/lnw", ["dpa"]),
    ],
)
def test_a_slashed_credit_after_a_lead(credit: str, expected: list[str]) -> None:
    assert authors(credit) == expected
