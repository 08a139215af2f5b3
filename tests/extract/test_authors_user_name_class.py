"""A writer card's user-name markup of more forms (``data.FORUM_POSTER_CLASS_WORD``): a
review portal's "consumer-name" or "user-name", a support forum's "user_name", a feedback
board's "uvUserName" name the review's or the question's writer where nothing else names
anyone (:func:`~newsarchive.extract.forums.forum_poster`), a name with an initial too
("Sophie K.") or a member's login (session 53); another class and a card in navigation name
nobody. Kind read in bj, bz, cb, cd. Small invented pages."""

from __future__ import annotations

import pytest

from newsarchive.extract.forums import forum_poster
from newsarchive.extract.parsing import parse

REVIEW = "".join(
    f"<p>Beim {n}. Termin in der Filiale wurde ich freundlich beraten, aber auf einen Rückruf "
    "zur Baufinanzierung habe ich fast zwei Wochen gewartet. Online klappt alles gut.</p>"
    for n in range(1, 5)
)


def card(name: str, cls: str, outside: str = "div") -> str:
    """A page with a writer card (``name`` in an ``<a>`` of class ``cls``) in ``outside``."""
    return (
        f"<html><body><{outside}><a class='{cls}' href='/users/12'>{name}</a></{outside}>"
        f"<h1>Freundlich, aber langsam</h1><div>{REVIEW}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("name", "cls", "expected"),
    [
        ("Jonas Brandt", "consumer-name", ["Jonas Brandt"]),
        ("Sophie K.", "user-name", ["Sophie K."]),
        ("Yvonne Rapp", "uvUserName", ["Yvonne Rapp"]),
        # a member's login is credited (session 53); other classes are no writer card
        ("sparfuchs77", "user-name", ["sparfuchs77"]),
        ("Jonas Brandt", "user-namelist", []),
        ("Jonas Brandt", "consumer-info", []),
        ("Jonas Brandt", "username-link", []),
    ],
)
def test_forum_poster_reads_the_card(name: str, cls: str, expected: list[str]) -> None:
    assert forum_poster(parse(card(name, cls))) == expected


def test_a_card_in_navigation_is_nobody() -> None:
    # guard: the signed-in user's card in the navigation
    assert forum_poster(parse(card("Jonas Brandt", "user-name", "nav"))) == []
