"""A comma before "und" in a byline is one separator with it ("Von Anna Roth, Zürich, und
Jan Schulz, Bern": correspondents' places after their names; kind read in half N, issue 11):
both names are authors, the places are not."""

from __future__ import annotations

import pytest

from newsarchive.extract.names import split_authors


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Von Anna Roth, Jan Schulz, und Eva Klein", ["Anna Roth", "Jan Schulz", "Eva Klein"]),
        ("By Ann Lee, Tom Ray, and Eva Cole", ["Ann Lee", "Tom Ray", "Eva Cole"]),
        ("Von Anna Roth und Jan Schulz", ["Anna Roth", "Jan Schulz"]),
    ],
)
def test_comma_before_und(byline: str, expected: list[str]) -> None:
    assert split_authors([byline])[0] == expected
