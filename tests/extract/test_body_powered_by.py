"""The software's credit in a page's footer ("Powered by Elgg", "Powered by CuteNews 1.4.6
© 2005 CutePHP.") is no line of the text (data.BOILERPLATE_LINE; round rb32, read on
de_full51)."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

TEXT = [
    "Die Genossenschaftsbank stellt in drei Dörfern neue Geldautomaten auf.",
    "Die Geräte nehmen auch Einzahlungen an, sagte eine Sprecherin der Bank am Montag.",
    "Wer Hilfe braucht, bekommt sie in den Filialen zu den üblichen Öffnungszeiten.",
]


@pytest.mark.parametrize(
    "credit",
    [
        "Powered by Elgg",
        "Powered by CuteNews 1.4.6 © 2005 CutePHP.",
        "Proudly powered by WordPress",
    ],
)
def test_a_software_credit_leaves(credit: str) -> None:
    lines, _ = clean_lines([*TEXT, credit], "Neue Geldautomaten", "", SiteRules())
    assert lines == TEXT


def test_a_line_of_prose_stays() -> None:
    prose = "Powered by Solarstrom läuft die neue Filiale seit dem Frühjahr im ganzen Ort."
    lines, _ = clean_lines([*TEXT, prose], "Neue Geldautomaten", "", SiteRules())
    assert lines == [*TEXT, prose]
