"""A letter's or a contribution's closing names over their roles sign it (read on blind
de_full145 and de_full146, session 39): "Mit freundlichen Grüßen" / the sender / "Dr. A" /
"Vorsitzender des Vorstandes" / "B" / "Mitglied des Vorstandes", or one name and its role
line closing a member's post; a press release's contact is no writer."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.letterclose import letter_signers

URL = "https://www.sparkasse-auental.example/kundeninformationen/filialnetz-2027"
TEXT = "".join(
    f"<p>Im {n}. Absatz erklären wir, was sich für Sie mit der Neuordnung unserer "
    "Geschäftsstellen im kommenden Jahr ändert und was gleich bleibt.</p>"
    for n in range(1, 5)
)


def authors(end: str) -> list[str]:
    body = f"<main><article><h1>Neuordnung unseres Filialnetzes</h1>{TEXT}{end}</article></main>"
    return extract(page_with(body), URL, fetched_at=FETCHED)["authors"]


def lines(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # a letter: greeting, the sender, two signers over their roles (titles dropped)
        (
            lines(
                "Mit freundlichen Grüßen",
                "Ihre Sparkasse Auental",
                "Dr. Henrik Muster",
                "Vorsitzender des Vorstandes",
                "Katrin Beispiel",
                "Mitglied des Vorstandes",
            ),
            ["Henrik Muster", "Katrin Beispiel"],
        ),
        # an association's circular: the sender's name with its legal form, a page footer
        (
            lines(
                "Mit freundlichen Grüßen",
                "Bankenverband Auental e.V.",
                "Matthias Probst",
                "Geschäftsführer",
                "Lea Exempel",
                "Referentin Zahlungsverkehr",
                "Seite 2 von 2",
            ),
            ["Matthias Probst", "Lea Exempel"],
        ),
        # a member's post: a name and its role line close it
        (
            lines(
                "Rolf Muster", "Mitglied seit 2019, ehemals Filialleiter einer Genossenschaftsbank"
            ),
            ["Rolf Muster"],
        ),
        # left alone: a sentence after the name, no name at all
        (lines("Rolf Muster", "Er ist seit 2019 Mitglied des Vereins und war Filialleiter."), []),
        (lines("Mit freundlichen Grüßen", "Ihre Sparkasse Auental", "Vorstand"), []),
    ],
)
def test_closing_signers(end: str, expected: list[str]) -> None:
    assert authors(end) == expected


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (["Dr. Carolin Muster", "Leiterin Vorstandsstab"], ["Carolin Muster"]),
        # a press release's contact under its "Über die Bank" paragraph
        (["Dr. Carolin Muster", "Unternehmenskommunikation"], []),
        (["Carolin Muster", "Pressesprecherin"], []),
    ],
)
def test_a_press_contact_signs_nothing(closing: list[str], expected: list[str]) -> None:
    about = "Die Sparkasse Auental ist ein regionales Kreditinstitut mit 40 Filialen."
    assert letter_signers(["Über die Sparkasse Auental", about, *closing]) == expected
