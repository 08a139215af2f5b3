"""Body rules from de_full13's misses, judged on de_full14 (issue 11): kinds of line read on
de_full13 and de_full12 (and an earlier round's rejected rules, re-judged), each on small
invented lines, with the text it must leave alone."""

from __future__ import annotations

from extract_pages import LINES as TEXT
from extract_pages import kept_lines as _kept


def test_a_summary_or_tip_boxs_label_leaves_and_its_points_stay() -> None:
    for label in ("Auf einen Blick", "Gut zu wissen:", "Unser Tipp", "In Kürze"):
        assert _kept([TEXT[0], label, *TEXT[1:]]) == TEXT


def test_a_sentence_with_a_tip_stays() -> None:
    line = "Unser Tipp für alle Kunden: die Geheimzahl niemals aufschreiben."
    assert _kept([*TEXT, line]) == [*TEXT, line]


def test_rows_of_links_and_tools_leave() -> None:
    for row in (
        "[Zurück zur Übersicht] [Seitenanfang]",
        "Artikel drucken | Artikel versenden | Diskussion im Forum (2)",
        "Impressum · Datenschutz · Kontakt",
    ):
        assert _kept([*TEXT, row]) == TEXT


def test_text_with_pipes_or_brackets_stays() -> None:
    lines = [
        "Zinsen | Gebühren | Service: Die Bank ändert zum Juli ihr Preismodell für Girokonten.",
        "[Anm. d. Red.: Die Zahlen stammen aus dem Geschäftsbericht.]",
        "| Tarif | Grundgebühr | Zinsen |",
    ]
    assert _kept([*TEXT, *lines]) == [*TEXT, *lines]


def test_a_forums_note_on_its_clock_leaves() -> None:
    for note in (
        "Alle Zeiten sind MEZ",
        "Alle Zeiten sind GMT + 1 Stunde",
        "Alle Zeitangaben in WEZ +1. Es ist jetzt 12:33 Uhr.",
        "All times are GMT -5",
    ):
        assert _kept([*TEXT, note]) == TEXT


def test_a_sentence_on_times_stays() -> None:
    line = "Alle Zeiten sind Ortszeit, die Filialen öffnen um neun Uhr."
    assert _kept([*TEXT, line]) == [*TEXT, line]
