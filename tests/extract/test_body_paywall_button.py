"""A paywall's button under the teaser ("Jetzt weiterlesen mit AMZ+", "Jetzt
weiterlesen") is no line of the text (data.BOILERPLATE_LINE; issue 11, session 53, read on
de_full239 and de_full243, two writers of paywalled publishers' pages; two older pages of
de_full66 agree); a sentence that goes on reading stays."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

TEXT = [
    "Die Sparkasse zeigt auf Tiktok, wie Kinder ihr Taschengeld sparen können.",
    "Die Videos sind höchstens eine Minute lang, sagte eine Sprecherin am Montag.",
]


@pytest.mark.parametrize(
    "button", ["Jetzt weiterlesen mit AMZ+", "Jetzt weiterlesen", "Jetzt kostenlos weiterlesen"]
)
def test_a_paywall_button_leaves(button: str) -> None:
    lines, _ = clean_lines([*TEXT, button], "Die Sparkasse tanzt auf Tiktok", "", SiteRules())
    assert lines == TEXT


def test_a_sentence_reading_on_stays() -> None:
    prose = "Wer weiterlesen will, findet die Tipps auch in der App der Sparkasse."
    lines, _ = clean_lines([*TEXT, prose], "Die Sparkasse tanzt auf Tiktok", "", SiteRules())
    assert lines == [*TEXT, prose]
