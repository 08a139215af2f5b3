"""An author box's heading in the body's second half ("Über die Autorin", "Über die
Autor:innen", "About the authors") closes the text: the heading, the writers' names and
bios under it leave (``AUTHOR_BOX_HEADING``; issue 11, session 47, read on de_full164).
Lines through :func:`~newsarchive.extract.body.clean_lines`."""

from __future__ import annotations

import pytest
from extract_pages import kept_lines

TEXT = [
    f"Die Volksbank erklärt im {n}. Absatz, warum sie jetzt einen Kanal auf Instagram hat."
    for n in range(1, 5)
]
BOX = [
    "Lea Brückner",
    "Lea Brückner berichtet seit 2022 über Neobanken, Zahlungsdienste und Krypto.",
]


@pytest.mark.parametrize(
    "heading",
    ["Über die Autorin", "Über die Autor:innen", "Über die Autoren", "About the authors"],
)
def test_an_author_box_heading_closes_the_text(heading: str) -> None:
    assert kept_lines([*TEXT, heading, *BOX]) == TEXT


def test_the_heading_in_the_first_half_cuts_nothing() -> None:
    lines = [TEXT[0], "Über die Autorin", *TEXT[1:], *BOX[1:]]
    assert kept_lines(lines)[-1] == BOX[1]
