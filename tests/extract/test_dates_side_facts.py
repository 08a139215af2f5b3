"""The page's own facts in its side column ("Erstellt 1. September 2021 von …", "Hochgeladen
am 20. Mai 2008") name its day where nothing else does (issue 11: rd12, from halves AX's and
AY's and dates_ah's misses); small pages written for the test."""

from __future__ import annotations

import re

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract import data

TEXT = paragraphs("Auszubildende ein Konto Schritt für Schritt eröffnen")
URL = "https://wissen.azubis.example/books/grundlagen/page/kontoeroeffnung"
NAV = (
    "<aside class='left'><h5>Buchnavigation</h5><ul><li><a>Sparbuch oder Tagesgeld?</a></li>"
    "<li><a>Phishing erkennen</a></li></ul></aside>"
)


def _page(facts: str) -> str:
    return (
        f"<div class='layout'>{NAV}<main><h1>Kontoeröffnung Schritt für Schritt</h1>{TEXT}"
        f"</main><aside class='right'><h5>Details</h5><div class='meta'>{facts}</div></aside>"
        "</div>"
    )


@pytest.mark.parametrize(
    "facts",
    [
        "Erstellt 1. September 2021 von Leonie Brandes<br>Aktualisiert vor 3 Wochen von redaktion",
        "<p>von <a>Volksbank Mühlental</a></p><p>Hochgeladen am 01.09.2021</p>",
    ],
)
def test_the_side_facts_name_the_day(facts: str) -> None:
    assert (published_on(_page(facts), "", URL) or "")[:10] == "2021-09-01"


def test_a_date_line_of_the_text_comes_first() -> None:
    page = _page("Erstellt 1. September 2021 von Leonie Brandes").replace(
        "</h1>", "</h1><p class='meta'>Veröffentlicht am 03.09.2021</p>"
    )
    assert (published_on(page, "", URL) or "")[:10] == "2021-09-03"


def test_an_unlabelled_side_day_is_none() -> None:
    assert published_on(_page("Zuletzt gesehen 1. September 2021"), "", URL) is None


def test_switched_off_no_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "DATE_SIDE_LABEL", re.compile(r"(?!)"))
    assert published_on(_page("Erstellt 1. September 2021 von Leonie Brandes"), "", URL) is None
