"""A diary host's and uCoz's poster label ("Added by:", "Hinzugefügt von:") takes a user's
handle as the writer, as "Eingestellt von" does; a team's account after it is no handle
(session 46, read on de_full170)."""

from __future__ import annotations

import pytest

from newsarchive.extract.bylines import text_bylines

HEADLINE = ("Tschüss Sparkasse, hallo Smartphone-Konto", False)
TEXT = ("Nach 19 Jahren habe ich heute mein Girokonto bei der Sparkasse gekündigt.", False)


@pytest.mark.parametrize(
    ("nodes", "expected"),
    [
        ([("Added by:", False), ("nachtfalke", False)], ["nachtfalke"]),
        ([("Added by: nachtfalke", False)], ["nachtfalke"]),
        ([("Hinzugefügt von: spar.fuchs", False)], ["spar.fuchs"]),
        ([("Eingestellt von nachtfalke", False)], ["nachtfalke"]),
        # a team's or an office's account
        ([("Hinzugefügt von Projektleitung am 05.03.2024 18:40", False)], []),
        ([("Eingestellt von Geschäftsstelle", False)], []),
    ],
)
def test_a_handle_after_a_poster_label(nodes: list[tuple[str, bool]], expected: list[str]) -> None:
    assert text_bylines([HEADLINE, *nodes, TEXT]) == expected
