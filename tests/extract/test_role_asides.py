"""A writer's role or desk in brackets after each name of a byline, "Von Jutta Kempf-Ahrens
(Vorstandsvorsitzende) und Tobias Lindqvist (Kellermeister)", is read off before the line is
split at its joiners, so both writers are credited and an "und" inside the brackets joins
no name (issue 11, session 62: authors 7 up, 0 down; dev unchanged). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import authors_under_headline

from newsarchive.extract.names import split_authors

URL = "https://www.winzerkeller-muster.example/aktuelles/crowdinvesting"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "Von Jutta Kempf-Ahrens (Vorstandsvorsitzende) und Tobias Lindqvist (Kellermeister)",
            ["Jutta Kempf-Ahrens", "Tobias Lindqvist"],
        ),
        (
            "Text: Markus Hellwig (Vorsitzender) und Dr. Aylin Demir (stellv. Vorsitzende)",
            ["Markus Hellwig", "Dr. Aylin Demir"],
        ),
    ],
)
def test_a_byline_with_bracketed_roles_credits_each_writer(
    byline: str, expected: list[str]
) -> None:
    assert authors_under_headline(f"<p class='autor'>{byline}</p>", URL) == expected


def test_an_und_inside_the_brackets_joins_no_name() -> None:
    line = (
        "Von Dr. Hannelore Brück-Seidel (Dramaturgie) und Matthias Oberle"
        " (Presse- und Öffentlichkeitsarbeit)"
    )
    assert split_authors([line]) == (["Dr. Hannelore Brück-Seidel", "Matthias Oberle"], [])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Von Anna Roth (dpa)", (["Anna Roth"], ["dpa"])),
        ("Von Anna Roth (mit dpa/AFP)", (["Anna Roth"], ["dpa", "AFP"])),
        ("Von Seraina Caflisch (Text) und Gian-Luca Tschudi (Bilder)", (["Seraina Caflisch"], [])),
    ],
)
def test_agencies_and_picture_credits_in_brackets_stay(
    line: str, expected: tuple[list[str], list[str]]
) -> None:
    assert split_authors([line]) == expected
