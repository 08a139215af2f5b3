"""The given-name test of the rules of last resort (:mod:`newsarchive.extract.givenname`)."""

from __future__ import annotations

import pytest

from newsarchive.extract import data
from newsarchive.extract.givenname import opens_with_given_name, plain


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lena Schubert", True),
        ("Jürgen Weber", True),
        ("JÜRGEN WEBER", True),
        ("Prof. Dr. Anna Roth", True),
        ("Kai-Uwe Rehn", True),
        ("Zeynep Aydın", True),
        # South Slavic and Polish names a co-writer carries (session 45, read on de_full72)
        ("Sanja Petrović", True),
        ("Snežana Ilić", True),
        ("Łukasz Nowak", True),
        ("Zum Inhalt", False),
        ("Service Navigation", False),
        ("Weitere Meldungen", False),
        ("", False),
        ("Dr.", False),
    ],
)
def test_opens_with_given_name(name: str, expected: bool) -> None:
    assert opens_with_given_name(name) is expected


def test_plain_drops_diacritics_and_case() -> None:
    assert plain("Ayşe") == "ayse"
    assert plain("Sören") == "soren"


def test_gazetteer_is_plain_lower_case() -> None:
    assert len(data.GIVEN_NAMES) > 1000
    assert all(name == plain(name) and name.strip() == name for name in data.GIVEN_NAMES)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Pınar", "pinar"), ("Łukasz", "lukasz"), ("Søren", "soren"), ("Ayşe", "ayse")],
)
def test_letters_without_a_mark_are_spelled_by_their_base(word: str, expected: str) -> None:
    # the Turkish dotless i, the Polish ł and the Nordic ø decompose into no base letter
    assert plain(word) == expected
