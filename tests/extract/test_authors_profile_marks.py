"""A social profile's display name read as a writer's name without its marks: pictographs
and pronouns in brackets ("Lena Wirtz 🦔 (sie/ihr)", "Dr. Tarek Benali 🏦 (er/ihm)"), in a
byline and in a post page's account title. Issue 11, session 58: 2 read judges' authors up
(de_full389, de_full395: social threads kept as pages), none down. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import authors_under_headline

from newsarchive.extract.text import without_profile_marks

URL = "https://tröt-rolle.example/threads/girokonto-niederbayern"


@pytest.mark.parametrize(
    ("shown", "name"),
    [
        ("Lena Wirtz 🦔 (sie/ihr)", "Lena Wirtz"),
        ("Dr. Tarek Benali 🏦 (er/ihm)", "Dr. Tarek Benali"),
        ("Sam Okafor (they/them) 🌈", "Sam Okafor"),
        ("Anna Roth (Sparkasse Ulm)", "Anna Roth (Sparkasse Ulm)"),
        ("Anna Roth/dpa", "Anna Roth/dpa"),
    ],
)
def test_profile_marks_leave_the_name(shown: str, name: str) -> None:
    assert without_profile_marks(shown) == name


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Von Dr. Tarek Benali 🏦 (er/ihm)", ["Dr. Tarek Benali"]),
        ("Von Lena Wirtz 🦔 (sie/ihr) und Jonas Ebert", ["Lena Wirtz", "Jonas Ebert"]),
    ],
)
def test_a_display_name_in_a_byline_is_the_writer(byline: str, expected: list[str]) -> None:
    assert authors_under_headline(f"<p class='byline'>{byline}</p>", URL) == expected
