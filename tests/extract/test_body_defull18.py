"""Body rules from de_full18's misses, judged on de_full17 and de_full19 (issue 11): kinds of
page part read on de_full18 (and the older read sets), each on small invented lines, with the
text it must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines


@pytest.mark.parametrize(
    "contact",
    [
        "Ihr Ansprechpartner: Gerold Muster, Telefon 0441 1234-5",
        "Pressekontakt: Anna Roth, presse@bank.example",
    ],
)
def test_a_contact_in_one_line_closes_the_text(contact: str) -> None:
    assert kept_lines([*LINES, contact, "Impressum der Bank"]) == LINES


def test_a_sentence_naming_a_contact_stays() -> None:
    line = "Ansprechpartner: Wer Fragen hat, ruft die Filiale unter 0441 1234-5 an."
    assert kept_lines([*LINES, line]) == [*LINES, line]
