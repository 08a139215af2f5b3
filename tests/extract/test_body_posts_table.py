"""A closing table of other posts under the text, each row a title, maybe a writer, and a
date ("| Phishing-Mails im Namen der Sparkasse | Ines Gronbach | 29.10.2002 |"): in the body's
second half it closes the text, with its header row and rule (round rb29)."""

from __future__ import annotations

import pytest

from newsarchive.extract.body import clean_lines
from newsarchive.extract.poststables import opens_posts_table, without_table_head
from newsarchive.extract.rules import SiteRules

TEXT = [
    "Die Sparkasse erhöht zum Jahreswechsel die Preise für das Girokonto mit Karte.",
    "Wer das Konto nur online führt, zahlt künftig drei Euro im Monat statt bisher zwei.",
    "Für Schüler und Auszubildende bleibt das Konto bis zum Alter von 25 Jahren kostenlos.",
]
ROWS = [
    "| Phishing-Mails im Namen der Sparkasse | Ines Gronbach | 29.10.2002 |",
    "| Girokonto ohne Grundgebühr: Wo es das noch gibt | Carmen Wöhrle | 19.09.2002 |",
    "| Erstes Konto mit 14: Was Eltern wissen sollten | Tanja Ebert | 01.07.2002 |",
]


@pytest.mark.parametrize(
    "rows",
    [
        ROWS,
        ["| Festgeld oder Tagesgeld? | 18.11.2002 |", "| Sparen für die Enkel | 2002-10-03 |"],
    ],
)
def test_rows_of_other_posts_open_the_table(rows: list[str]) -> None:
    assert opens_posts_table(rows, 0)


@pytest.mark.parametrize(
    "rows",
    [
        ROWS[:1],  # one row alone
        ["| Sparbuch | 0,50 % |", "| Tagesgeld | 1,20 % |"],  # a data table of the text
        ["| 12.03.2020 | Gründung der Bank |", "| 01.07.2021 | Neue Filiale |"],  # a timeline
    ],
)
def test_other_tables_are_none(rows: list[str]) -> None:
    assert not opens_posts_table(rows, 0)


def test_the_table_leaves_the_body_with_its_head() -> None:
    lines, _ = clean_lines(
        [*TEXT, "| Titel | Autor | Datum |", "|---|---|---|", *ROWS], "Preise", "", SiteRules()
    )
    assert lines == TEXT


def test_a_head_alone_stays() -> None:
    assert without_table_head([*TEXT, "| Sparbuch | 0,50 % |"]) == [
        *TEXT,
        "| Sparbuch | 0,50 % |",
    ]


def test_the_table_in_the_first_half_stays() -> None:
    lines, _ = clean_lines([TEXT[0], *ROWS, *TEXT[1:], *TEXT, *TEXT], "Preise", "", SiteRules())
    assert ROWS[0] in lines
