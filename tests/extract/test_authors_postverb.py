"""A post footer's verb, name and category ("Geschrieben von A in Allgemein um 21:40",
Serendipity's and many blog themes' footer; `BYLINE_TEXT`'s ``post`` lead, kind read in half
E, issue 11): the category ends the name; after a plain "Von" a place stays part of the text
as before."""

from __future__ import annotations

import pytest

from newsarchive.extract.bylines import text_bylines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Geschrieben von Heike Rausch in Netz um 21:40 | Kommentare (3)", ["Heike Rausch"]),
        ("Veröffentlicht von Jan Roth in Allgemein am 3. Mai 2010", ["Jan Roth"]),
        ("Posted by Jan Roth in News", ["Jan Roth"]),
        ("Von Jan Roth in Berlin", []),
    ],
)
def test_the_category_ends_the_name(line: str, expected: list[str]) -> None:
    assert text_bylines([(line, False)]) == expected
