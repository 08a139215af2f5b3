"""A team's or an office's account, read from its last word."""

import pytest

from newsarchive.extract.teamname import is_team


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Karriereblog-Team", True),
        ("Social Media Team", True),
        ("Pressestelle", True),
        ("Lena Hartwig", False),
        ("Team Müller", False),
    ],
)
def test_is_team(name: str, expected: bool) -> None:
    assert is_team(name) is expected
