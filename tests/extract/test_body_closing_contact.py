"""Body rule for a contact line closing the text (issue 11, ``CLOSING_CONTACT_LINE`` among
``CLOSING_NOTES``): a line opened by its label ("Press:", "Media:", "Contact …", "For more
information …") that holds an address or a number leaves among the body's last lines; a
sentence of the text with an address, and such a line in the middle of the text, stay."""

from __future__ import annotations

import pytest
from extract_pages import LINES, kept_lines

MORE = [f"Im {n}. Absatz erklärt die Volksbank Musterstadt ihre neuen Kanäle." for n in (1, 2)]


@pytest.mark.parametrize(
    "contact",
    [
        "Press: press@kestrelcards.example",
        "Media: Dana Kerrow, (860) 555-0188",
        "Contact Garrett Lindahl at garrett@ledger.example or follow on X @GarrettReports.",
        "For more information on this topic, write to publications@advisory.example.",
        "Pressekontakt: Anna Roth, presse@volksbank.example",
    ],
)
def test_a_closing_contact_line_leaves(contact: str) -> None:
    assert kept_lines([*LINES, contact]) == LINES


@pytest.mark.parametrize(
    "line",
    [
        "Customers can contact the bank at help@volksbank.example.",
        "Contactless payments rose by 12 percent in 2024, the bank said.",
        "Kontaktlos zahlen inzwischen 80 Prozent der Kunden.",
    ],
)
def test_a_sentence_of_the_text_stays(line: str) -> None:
    assert kept_lines([*LINES, line]) == [*LINES, line]


def test_a_contact_line_in_the_middle_stays() -> None:
    lines = [*LINES, "Press: press@kestrelcards.example", *MORE, *LINES]
    assert kept_lines(lines) == lines
