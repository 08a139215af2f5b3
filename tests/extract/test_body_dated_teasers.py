"""Body rule for a list of other posts closing the body (issue 11, ``datedteasers.py``):
two or more lines in a row in the body's second half, each a day and a short title on the
same side, with only short lines after them, leave with a heading naming posts; a
chronology inside the text, a signature with its day and a visitor counter stay."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

TEXT = [
    "Die Volksbank Mörlingen schafft die Papierlisten mit Transaktionsnummern ab.",
    "Kunden bekommen die TAN künftig per SMS aufs Handy, sagt die Bank.",
    "Wer kein Handy hat, kann einen kleinen TAN-Generator für die Karte kaufen.",
    "Die Umstellung soll bis zum Jahresende abgeschlossen sein.",
]


def _kept(lines: list[str]) -> list[str]:
    return clean_lines(lines, "", "", SiteRules())[0]


@pytest.mark.parametrize(
    "items",
    [
        [
            "Mehr Kredite für Handwerksbetriebe (12.10.2003)",
            "Weniger Münzgeld in den Kassen (9.10.2003)",
        ],
        [
            "- 02.10.2001: Kartenzahlung auf dem Wochenmarkt",
            "- 16.02.2010: Falsche Anrufe der Bank",
        ],
        [
            "28.10.2001 · Wie sicher ist das Onlinebanking?",
            "17.09.2001 · Genossenschaft feiert Jubiläum",
        ],
        [
            "- 17. April 2025 · Bargeld bleibt beliebt",
            "- 4. August 2022 · Genossenschaft zahlt Dividende",
        ],
    ],
)
def test_a_closing_list_of_other_posts_leaves(items: list[str]) -> None:
    footer = "Bankhaus Reichenfeld · Maximiliansplatz 9 · Impressum"
    assert _kept([*TEXT, "Ältere Meldungen", *items, footer]) == TEXT


def test_a_chronology_followed_by_text_stays() -> None:
    items = ["03.03.2000 – Neuer Vorstand gewählt", "19.05.2001 – Kartenzahlung eingeführt"]
    lines = [*TEXT, *items, "Seitdem hat die Bank ihre Filialen Schritt für Schritt umgebaut."]
    assert _kept(lines) == lines


def test_a_signature_and_a_counter_stay() -> None:
    tail = [
        "Ihr Gerd Möllenkamp",
        "1466 Besucher seit 11.09.1999",
        "Seite erstellt am 13.10.2000 mit dem Baukasten",
    ]
    kept = _kept([*TEXT, *tail])
    assert "Ihr Gerd Möllenkamp" in kept
