"""Text helpers: the word threshold that stops early (:func:`has_words`)."""

from __future__ import annotations

import re

import pytest

from newsarchive.extract.text import has_words


@pytest.mark.parametrize(
    "text",
    ["", "   ", "eins", "eins zwei", "eins, zwei; drei", "ä-ö ü 3 … x_y", "a " * 500, "—·—"],
)
@pytest.mark.parametrize("count", [0, 1, 2, 3, 4])
def test_has_words_is_the_full_count_compared(text: str, count: int) -> None:
    assert has_words(text, count) == (len(re.findall(r"\w+", text)) >= count)


def test_has_words_boundary() -> None:
    assert has_words("Guten Morgen Welt", 3)
    assert not has_words("Guten Morgen", 3)
