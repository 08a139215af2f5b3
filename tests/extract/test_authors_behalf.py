"""A post signed at its end on behalf of a body ("Für den Vorstand: Werner Ohlendorf", "Nina
Albrecht und Tobias Fromm für das Community-Team"; halves AL's, AQ's, AX's and AY's kind,
issue 11): on a small invented page, the cases it reads and the cases it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://sparclub-talheim.example/berichte/ausflug/"
TEXT = "".join(
    f"<p>Der Sparclub Talheim hat im {n}. Quartal über die Kontogebühren der Banken "
    "gesprochen und beschlossen, die Mitglieder künftig per Rundbrief zu informieren.</p>"
    for n in range(1, 5)
)


def authors(end: str, meta_line: str = "12.05.2025") -> list[str]:
    html = page_with(
        "<article><h1>Bericht vom Clubabend</h1>"
        f"<div class='meta'>{meta_line}</div><div class='text'>{TEXT}{end}</div></article>",
        "<title>Bericht vom Clubabend</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # the body first, with or without a colon; the names first
        ("<p>Für den Vorstand: Werner Ohlendorf</p>", ["Werner Ohlendorf"]),
        ("<p>Für den Vorstand Gerd Ahlborn</p>", ["Gerd Ahlborn"]),
        (
            "<p>Für den Vorstand: Gisela Ortmann und Heinrich Brauckmann</p>",
            ["Gisela Ortmann", "Heinrich Brauckmann"],
        ),
        (
            "<p>Nina Albrecht und Tobias Fromm für das Community-Team</p>",
            ["Nina Albrecht", "Tobias Fromm"],
        ),
        # short lines after it
        ("<p>Für den Vorstand: Werner Ohlendorf</p><p>Frühere Berichte</p>", ["Werner Ohlendorf"]),
        # the names first, the body they are from ("vom", "von der")
        (
            "<p>Heinz Oberwelland und Sabine Tölke vom Vorstand</p>",
            ["Heinz Oberwelland", "Sabine Tölke"],
        ),
        ("<p>Anna Berghoff von der Jugendabteilung</p>", ["Anna Berghoff"]),
        # right after the last sentence, the body running on into a list of other posts
        (
            "<p>Timo Baier und Nadine Wolf vom Team</p><h3>Ältere Neuigkeiten</h3><ul>"
            "<li>12.04.2025: Der Sparclub besucht die Hauptstelle der Volksbank Talheim</li>"
            "<li>03.03.2025: Neue Öffnungszeiten des Vereinsheims ab dem ersten April</li>"
            "<li>14.02.2025: Jahreshauptversammlung mit Wahlen zum Vorstand</li></ul>",
            ["Timo Baier", "Nadine Wolf"],
        ),
        # "vom" with a lower-case word, a place: no body
        ("<p>Werner Ohlendorf vom anderen Ende der Stadt</p>", []),
        # a headline-like line, an organisation, a first name alone: no signature
        ("<p>Neuer Vorstand für die Raiffeisenbank</p>", []),
        ("<p>Für den Vorstand: Sparkasse Talheim</p>", []),
        ("<p>Für den Vorstand: Werner</p>", []),
        # not the closing: a long line after it
        (
            "<p>Für den Vorstand: Werner Ohlendorf</p><p>Der nächste Clubabend findet im "
            "Herbst statt, die Einladung folgt per Rundbrief an alle Mitglieder.</p>",
            [],
        ),
    ],
)
def test_behalf_signature(end: str, expected: list[str]) -> None:
    assert authors(end) == expected


def test_behalf_signature_under_a_persons_byline() -> None:
    end = "<p>Für den Vorstand: Werner Ohlendorf</p>"
    assert authors(end, "Von Eva Sorge · 12.05.2025") == ["Eva Sorge"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # the byline's one writer named again with others at the text's end: all of them
        ("<p>Text: Eva Sorge und Jan Lüders</p>", ["Eva Sorge", "Jan Lüders"]),
        ("<p>Eva Sorge und Jan Lüders für den Vorstand</p>", ["Eva Sorge", "Jan Lüders"]),
        # the byline's writer not among them: the byline stands
        ("<p>Text: Jan Lüders und Ole Kamp</p>", ["Eva Sorge"]),
    ],
)
def test_co_writers_at_the_end(end: str, expected: list[str]) -> None:
    assert authors(end, "Von Eva Sorge · 12.05.2025") == expected
