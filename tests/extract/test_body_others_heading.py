"""The heading of a list of other articles after the text in more forms than the date
line's ("Mehr aus dem Blog", "Ältere Nachrichten", "Zuletzt im Blog: A · B", "Related
publications"): in the body's second half, with no paragraph after it, it closes the text
(round rb29)."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.othersheads import is_others_heading
from newsarchive.extract.rules import SiteRules

TEXT = [
    "Die Genossenschaftsbank stellt in drei Dörfern neue Geldautomaten auf.",
    "Die Geräte nehmen auch Einzahlungen an, sagte eine Sprecherin der Bank am Montag.",
    "Wer Hilfe braucht, bekommt sie in den Filialen zu den üblichen Öffnungszeiten.",
]
OTHERS = ["Kartenzahlung beim Bäcker wird Alltag", "Neue Öffnungszeiten ab Montag"]


@pytest.mark.parametrize(
    "head",
    [
        "Mehr aus dem Blog",
        "Mehr aus der Wirtschaft",
        "Mehr aus Banken",
        "Ältere Nachrichten",
        "Frühere Berichte:",
        "Ähnliche Dokumente",
        "Zuletzt im Blog",
        "Related publications",
        "More from the newsroom",
        "Weitere Meldungen",  # the date line's heading still
    ],
)
def test_a_heading_of_others_is_one(head: str) -> None:
    assert is_others_heading(head)


@pytest.mark.parametrize(
    "head",
    [
        "Mehr aus Sicht der Kundinnen und Kunden",  # a section's own heading
        "Mehr als tausend Kunden",
        "Related to the merger",
        "Zuletzt im Jahr 2019 wurden die Gebühren erhöht.",
    ],
)
def test_other_lines_are_none(head: str) -> None:
    assert not is_others_heading(head)


@pytest.mark.parametrize(
    "head", ["Mehr aus dem Blog", "Ältere Nachrichten", "Related publications"]
)
def test_the_list_leaves_the_body(head: str) -> None:
    lines, _ = clean_lines([*TEXT, head, *OTHERS], "Neue Geldautomaten", "", SiteRules())
    assert lines == TEXT


def test_items_on_the_heading_line_leave_with_it() -> None:
    lines, _ = clean_lines(
        [*TEXT, "Zuletzt im Blog: Weihnachtsöffnung am Sonntag · Bücher für den Urlaub"],
        "Neue Geldautomaten",
        "",
        SiteRules(),
    )
    assert lines == TEXT


def test_a_heading_before_a_paragraph_stays() -> None:
    paragraph = (
        "Aus dem Blog der Bank erfahren Kunden seit dem Frühjahr mehr über neue Angebote, "
        "über Termine in den Filialen und über die Pläne für die kommenden Jahre."
    )
    lines, _ = clean_lines([*TEXT, "Mehr aus dem Blog", paragraph], "Blog", "", SiteRules())
    assert lines == [*TEXT, "Mehr aus dem Blog", paragraph]


def test_a_heading_in_the_first_half_stays() -> None:
    lines, _ = clean_lines(
        [TEXT[0], "Ältere Nachrichten", *OTHERS, *TEXT[1:], *TEXT], "Blog", "", SiteRules()
    )
    assert "Ältere Nachrichten" in lines
