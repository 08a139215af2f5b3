"""A credit line of labelled parts in any order names its writer's part ("Recherche: A;
Text: B", "Mitarbeit: C · Text: B") where the byline names only an account, a login or a
team ("redaktion_kw", "Redaktion", "Azubi-Team"); a trainee's "Text: Lea (2. Lehrjahr)"
credits her given name (issue 11, from the credits and trainee-blog sets' misses, session
52). Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://wirtschaftsblatt.example/geld/banking-apps-daten"
TEXT = "".join(
    f"<p>Die Sparkasse Musterstadt erklärt im {n}. Absatz, welche Daten ihre App an "
    "externe Dienste schickt und was Kundinnen und Kunden dagegen tun können.</p>"
    for n in range(1, 5)
)


def authors(account: str, credits: str, at_end: bool = False) -> list[str]:
    line = f"<p class='credits'><em>{credits}</em></p>"
    body = (
        f"<article><h1>Banking-Apps senden Daten</h1><div class='meta'>Von "
        f"<span class='author'>{account}</span> am 12.09.2023</div>"
        f"{'' if at_end else line}{TEXT}{line if at_end else ''}</article>"
    )
    return extract(page_with(body), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("account", "credits", "expected"),
    [
        ("redaktion_kw", "Recherche: Paul Rieger; Text: Nina Albers", ["Nina Albers"]),
        ("Redaktion", "Mitarbeit: Jonas Probst · Text: Anna Muster und Jana Beispiel",
         ["Anna Muster", "Jana Beispiel"]),
        ("redaktion_kw", "Fotos: Kai Thomsen | Text: Nina Albers", ["Nina Albers"]),
    ],
)  # fmt: skip
def test_the_writers_part_of_a_credit_line_over_an_account(
    account: str, credits: str, expected: list[str]
) -> None:
    assert authors(account, credits) == expected


@pytest.mark.parametrize("account", ["redaktion", "Azubi-Team"])
def test_a_trainees_given_name_over_an_account(account: str) -> None:
    assert authors(account, "Text: Lea (2. Lehrjahr)", at_end=True) == ["Lea"]


def test_a_credit_line_without_a_writers_part_names_nobody() -> None:
    assert "Paul Rieger" not in authors(
        "redaktion_kw", "Recherche: Paul Rieger; Fotos: Kai Thomsen"
    )


def test_a_persons_byline_keeps_its_writer() -> None:
    assert authors("Jana Beispiel", "Recherche: Paul Rieger; Text: Nina Albers") == [
        "Jana Beispiel"
    ]
