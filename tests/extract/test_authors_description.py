"""A byline whose writer is described after a comma, AI's and AJ's kind (issue 11): a press
archive's signed article ("Von A, Mitglied des Vorstands der X"), the description a part
of prose about the writer, never a co-author. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://landesbank-presse.example/presse/namensartikel/1999-11-04.htm"
TEXT = "".join(
    f"<p>Im {n}. Jahr in Folge schließen die Institute mehr Filialen, als sie eröffnen, und "
    "die Kundschaft auf dem Land zahlt dafür mit längeren Wegen.</p>"
    for n in range(1, 6)
)


def page(byline: str) -> bytes:
    return page_with(
        "<p>Namensartikel<br>Hannover, den 4. November 1999</p>"
        f"<h2>Der Euro und die Sparkasse um die Ecke</h2><p><i>{byline}</i></p>{TEXT}",
        "<title>Der Euro und die Sparkasse um die Ecke</title>",
    )


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Von Clemens Harder, Mitglied des Vorstands der Landesbank", ["Clemens Harder"]),
        ("Von Clemens Harder, Vorstand, erschienen in der Rheinzeitung", ["Clemens Harder"]),
        # names after a comma stay co-authors, a name particle is no description
        (
            "Von Clemens Harder, Ina van Dijk und Jan Roth",
            ["Clemens Harder", "Ina van Dijk", "Jan Roth"],
        ),
        ("Von Clemens Harder", ["Clemens Harder"]),
    ],
)
def test_description_after_the_name_is_no_author(byline: str, expected: list[str]) -> None:
    assert extract(page(byline), URL, fetched_at=FETCHED)["authors"] == expected


def test_a_sentence_after_und_is_no_description() -> None:
    # "von A und B ist nun im …" opens a sentence of the text, not a byline with a description
    html = page("von Clemens Harder und Ina Roth ist nun im Buchhandel")
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == []


def test_description_without_a_name_before_it_names_nobody() -> None:
    # "Von der Redaktion, erschienen in …": no full name before the description
    assert (
        extract(page("Von der Redaktion, erschienen in der Rheinzeitung"), URL, fetched_at=FETCHED)[
            "authors"
        ]
        == []
    )
