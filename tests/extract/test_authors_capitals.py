"""A name in a byline whose word opens with a Latin capital with a diacritic ("Derya Çelik",
"Łukasz Nowak"; kind read in half L, issue 11) is a name like any other."""

from __future__ import annotations

import pytest

from newsarchive.extract import data


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Derya Çelik", True),
        ("Łukasz Nowak", True),
        ("Øystein Berg", True),
        ("Anna Roth", True),
        ("anna çelik", False),
        ("Die Bank 2026", False),
    ],
)
def test_byline_name_capitals(text: str, name: bool) -> None:
    assert bool(data.BYLINE_NAME.fullmatch(text)) is name
