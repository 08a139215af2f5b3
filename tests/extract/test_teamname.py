"""A team's or an office's account, read from its last word (or a first word "Team")."""

import pytest

from newsarchive.extract.teamname import is_team


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Karriereblog-Team", True),
        ("Social Media Team", True),
        ("Pressestelle", True),
        ("Lena Hartwig", False),
        # "Team" before the team's name (session 54, read on de_full284)
        ("Team Müller", True),
        ("Teamleiter Müller", False),
    ],
)
def test_is_team(name: str, expected: bool) -> None:
    assert is_team(name) is expected
