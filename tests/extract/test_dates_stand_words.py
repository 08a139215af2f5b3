""" "Stand" labels an update as a word or as the last part of a compound label ("Stand:",
"Preisstand:", "Datenstand"), not inside other words: a byline naming the club's "vorstand",
a rubric "Mittelstand" keep their date line; and a meta line's topic after the date
("· Thema: Filialen", "| Kategorie: Verein") is no sentence (issue 11, rd19's date round);
small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("der Verein seine Satzung ändert")
URL = "https://www.kegelfreunde-musterau.example/index.php?module=news&id=42"
LATER = "<p>Eingetragen am 12.11.2001</p>"


def _page(line: str) -> str:
    return f"<main><h1>Neue Satzung beschlossen</h1><p>{line}</p>{TEXT}{LATER}</main>"


@pytest.mark.parametrize(
    "line",
    [
        "Verfasst von vorstand am 16.04.2002 um 10:22",
        "Geschrieben von Vorstand am 16.04.2002",
        "Mittelstand | 16.04.2002",
        "Von admin, 16.04.2002 · Thema: Standorte",
        "16.04.2002 | Kategorie: Vereinsleben",
    ],
)
def test_a_word_holding_stand_keeps_the_date_line(line: str) -> None:
    assert (published_on(_page(line), "", URL) or "")[:10] == "2002-04-16"


@pytest.mark.parametrize(
    "line",
    ["Stand: 16.04.2002", "Preisstand: 16.04.2002", "Datenstand 16.04.2002", "Stand 16.04.2002"],
)
def test_stand_as_a_label_is_the_update(line: str) -> None:
    assert (published_on(_page(line), "", URL) or "")[:10] == "2001-11-12"


def test_a_topic_does_not_hide_a_sentence() -> None:
    # a sentence after the date stays too long for a date line, topic or not
    line = "16.04.2002 · Thema: Verein · Der Vorstand lädt alle Mitglieder herzlich zur Versammlung"
    assert (published_on(_page(line), "", URL) or "")[:10] == "2001-11-12"
