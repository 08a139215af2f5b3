"""A kicker (Dachzeile) the page marks apart inside its headline is a label over the
headline, not part of it, even where every metadata title carries it (issue 11; kind read
on the blind de_full68, judged on all sets)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = (
    "<p>Die Volksbank Musterstadt erklärt in diesem Absatz, warum sie jetzt auf Instagram "
    "und LinkedIn setzt und was Kundinnen und Kunden davon haben sollen.</p>"
    "<p>Ein zweiter Absatz beschreibt, wie das Team Fragen in den Kommentaren beantwortet "
    "und welche Regeln für die Mitarbeitenden in den Netzwerken gelten.</p>"
)
META = (
    "<title>Neobank Kontoblitz: Die App, die Konten sperrte | Wochenpost</title>"
    "<meta property='og:title' content='Neobank Kontoblitz: Die App, die Konten sperrte'>"
)


def title_of(head: str, headline: str) -> str:
    page = page_with(f"<main><article>{headline}{TEXT}</article></main>", head=head)
    return extract(
        page, "https://www.wochenpost.example/wirtschaft/kontoblitz", fetched_at=FETCHED
    )["title"]


@pytest.mark.parametrize(
    "headline",
    [
        # a screen-reader colon between the parts (the common newspaper markup)
        "<h1 class='headline'><span class='kicker'>Neobank Kontoblitz</span>"
        "<span class='visually-hidden'>: </span>"
        "<span class='title'>Die App, die Konten sperrte</span></h1>",
        "<h1><span class='article-dachzeile'>Neobank Kontoblitz</span> "
        "<span class='article-title'>Die App, die Konten sperrte</span></h1>",
        "<h1><span class='topline'>Neobank Kontoblitz:</span> Die App, die Konten sperrte</h1>",
    ],
)
def test_a_marked_kicker_is_no_part_of_the_title(headline: str) -> None:
    assert title_of(META, headline) == "Die App, die Konten sperrte"


def test_a_kicker_not_marked_apart_stays_where_the_metadata_has_it() -> None:
    headline = "<h1>Neobank Kontoblitz: Die App, die Konten sperrte</h1>"
    assert title_of(META, headline) == "Neobank Kontoblitz: Die App, die Konten sperrte"


def test_a_headline_without_its_kicker_in_the_metadata_stays() -> None:
    head = "<meta property='og:title' content='Die App, die Konten sperrte'>"
    headline = (
        "<h1><span class='kicker'>Neobank Kontoblitz</span> "
        "<span class='headline'>Die App, die Konten sperrte</span></h1>"
    )
    assert title_of(head, headline) == "Die App, die Konten sperrte"
