"""A notary's or an architect's title before a writer's name leaves ("Notar Dr. Jens
Albrecht", "Notarassessorin Lea Brinkmann", "Innenarchitektin Lea Brockmann"): the name
stays with its academic title (session 66, read on de_full697, de_full701 and de_full707,
issue 11). An alternative practitioner's, a midwife's and a secretary's title too, before
the name or after it and a comma ("Heilpraktikerin Sabine Roth", "Jana Krüger, Hebamme und
Praxisleitung"; session 67, read on de_full731 and de_full737). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import authors_under_headline

URL = "https://www.notariat-musterstadt.example/aktuelles/detail/kaufpreis-ueberweisen"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("<p class='byline'>von Notar Dr. Jens Albrecht</p>", ["Dr. Jens Albrecht"]),
        (
            "<p class='byline'>von Notarin Dr. Lena Hartkopf und Notar Felix Brandauer</p>",
            ["Dr. Lena Hartkopf", "Felix Brandauer"],
        ),
        (
            "<p class='byline'>von Notar Dr. Matthias Overbeck und Notarassessorin Lea"
            " Brinkmann</p>",
            ["Dr. Matthias Overbeck", "Lea Brinkmann"],
        ),
        ("<p class='byline'>Ein Beitrag von Innenarchitektin Lea Brockmann</p>", ["Lea Brockmann"]),
        ("<p class='byline'>Von Architekt Jonas Keller</p>", ["Jonas Keller"]),
        ("<p class='byline'>Von Heilpraktikerin Sabine Roth</p>", ["Sabine Roth"]),
        ("<p>von Jana Krüger, Hebamme und Praxisleitung</p>", ["Jana Krüger"]),
        (
            "<p>Von Petra Hollweg und Dr. Jens Marquardt, Gewerkschaftssekretärin und "
            "Gewerkschaftssekretär im Bezirk Musterau</p>",
            ["Petra Hollweg", "Dr. Jens Marquardt"],
        ),
    ],
)
def test_profession_before_name_leaves(byline: str, expected: list[str]) -> None:
    assert authors_under_headline(byline, URL) == expected


def test_surname_after_given_name_stays() -> None:
    # (only a first word is a title: "Lena Notar" is a name)
    assert authors_under_headline("<p class='byline'>Von Lena Notar</p>", URL) == ["Lena Notar"]
