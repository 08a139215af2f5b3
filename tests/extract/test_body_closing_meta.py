"""German body rules for the lines a post or an article closes with (issue 11): a post's
meta line (its category, keywords, likes or counters) and a note on the reader's access,
each on small invented lines, with the sentences and lines higher up that open like one
left alone."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.rules import SiteRules

SENTENCE = "Die Sparkasse Lindenau beantwortet Fragen zum Konto jetzt auch per Nachricht im Netz."


def _kept(lines: list[str]) -> list[str]:
    return clean_lines(lines, "", "", SiteRules())[0]


@pytest.mark.parametrize(
    "meta",
    [
        "Abgelegt unter: Vereinskasse, Termine · 2 Kommentare",
        "Kategorie: Wirtschaft",
        "Kategorien: Banken, Ortsgeschehen",
        "Schlagworte: Girokonto, Gebühren, Verein",
        "Rubrik: Aus dem Verein",
        "Gefällt mir: Sparfuchs_77, Henrike und 12 weitere",
        "Aufrufe: 1204",
    ],
)
def test_a_meta_line_under_a_german_text_leaves(meta: str) -> None:
    assert _kept([SENTENCE, SENTENCE, meta]) == [SENTENCE, SENTENCE]


@pytest.mark.parametrize(
    "line",
    [
        "Kategorie: Die Bank ordnet das neue Konto als Basiskonto ein. Es kostet nichts.",
        "Themen: Am Abend geht es um Kontopreise, um Filialen und um den Geldautomaten im Ort.",
    ],
)
def test_a_sentence_opening_like_a_german_meta_line_stays(line: str) -> None:
    assert _kept([SENTENCE, SENTENCE, line]) == [SENTENCE, SENTENCE, line]


def test_a_german_meta_line_higher_up_stays() -> None:
    lines = [SENTENCE, "Kategorie: Wirtschaft", SENTENCE, SENTENCE, SENTENCE]
    assert _kept(lines) == lines


@pytest.mark.parametrize(
    "note",
    [
        "Dieser Artikel ist in Ausgabe 3/2026 des Kassenblatts erschienen.",
        "Dieser Beitrag erschien zuerst im Mitgliedermagazin der Volksbank Ostwald.",
        "Dieser Text erschien in kürzerer Fassung auch in der Samstagsausgabe.",
        "Der Beitrag wurde zuerst auf dem Blog der Genossenschaft veröffentlicht.",
        "Zuerst erschienen bei Finanzpost Nord.",
        "Abdruck mit freundlicher Genehmigung des Tannheimer Boten.",
        "Über dieses Thema berichtete Radio Seefeld am 03.11.2026 um 18:00 Uhr.",
        # a broadcaster's programme note (session 46)
        "Dieses Thema im Programm: SW24 Fernsehen, SW24 Aktuell, 04.12.2026, 19:30 Uhr",
        "Dieses Thema im Programm: FE Info | Nachrichten | 04.12.2026 | 06:00 Uhr",
        # a text moved from an older site or taken over (session 51)
        "Dieser Beitrag wurde am 14.06.2023 aus dem bisherigen Stadtportal übernommen.",
        # a wire copy taken unedited (session 51)
        "Die Redaktion hat diesen Text der Deutschen Presse-Agentur übernommen und nicht "
        "inhaltlich bearbeitet.",
        "Redaktionelle Bearbeitung: Jan Probe. Dieser Text stammt von der Nachrichtenagentur "
        "AFP und wurde vom Beispielblatt nicht inhaltlich verändert.",
        "Dieser Artikel wurde automatisch aus dem Agenturdienst übernommen.",
    ],
)
def test_a_note_that_the_text_appeared_elsewhere_first_leaves(note: str) -> None:
    assert _kept([SENTENCE, SENTENCE, note]) == [SENTENCE, SENTENCE]


@pytest.mark.parametrize(
    "line",
    [
        "Der Bericht der Aufsicht erschien im März und nennt drei Banken.",
        "Die Studie wurde im Herbst veröffentlicht, sie zählt 40 Filialen weniger.",
        "Nutzer sollten Empfehlungen von Influencern nicht ungeprüft übernehmen, heißt es.",
        "Die Bank hat die Kunden der Filiale übernommen und nicht benachrichtigt.",
    ],
)
def test_a_sentence_about_another_text_appearing_stays(line: str) -> None:
    assert _kept([SENTENCE, SENTENCE, line]) == [SENTENCE, SENTENCE, line]


def test_a_note_that_the_text_appeared_elsewhere_higher_up_stays() -> None:
    note = "Dieser Artikel ist in Ausgabe 3/2026 des Kassenblatts erschienen."
    lines = [SENTENCE, note, SENTENCE, SENTENCE, SENTENCE]
    assert _kept(lines) == lines
