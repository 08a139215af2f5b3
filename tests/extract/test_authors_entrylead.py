"""A blog host's post footer led by the post's noun ("Eintrag von A, 12.07.2004 14:22 |
1 Kommentare", "Post von A"; `BYLINE_TEXT`, `AUTHOR_PREFIX`; kind read in half AT, issue
11): the name after the noun; a noun followed by no name gives nobody."""

from __future__ import annotations

import pytest

from newsarchive.extract.bylines import text_bylines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Eintrag von Marlene Vogt, 12.07.2004 14:22 | 1 Kommentare", ["Marlene Vogt"]),
        ("Post von Jan Roth | Trackback", ["Jan Roth"]),
        ("Eintrag von 12.07.2004", []),
    ],
)
def test_the_post_noun_leads_the_byline(line: str, expected: list[str]) -> None:
    assert text_bylines([(line, False)]) == expected
