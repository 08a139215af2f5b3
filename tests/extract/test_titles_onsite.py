"""Titles naming the site that shows the story after "auf"/"bei" ("Headline auf Portal",
issue 11), each on a small invented page: the headline the page shows wins."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = (
    "<p>Die Genossenschaftsbank Musterstadt erklärt in diesem Absatz, warum sie jetzt auf "
    "Instagram und LinkedIn setzt und was Kundinnen und Kunden davon haben sollen.</p>"
)
URL = "https://nachrichtenboerse.example/news/4711"


def page(head_title: str, heading: str) -> bytes:
    body = (
        "<div id='top'><img alt='Nachrichtenbörse'></div><div class='item'>"
        f"<h2 class='item-title'><a href='https://quelle.example/x'>{heading}</a></h2>{TEXT}"
        "</div><div id='side'><h3>Beliebt</h3><ul><li><a>Andere Nachricht</a></li></ul></div>"
    )
    return page_with(body, f"<title>{head_title}</title>")


@pytest.mark.parametrize(
    ("head_title", "heading"),
    [
        ("Sparkasse startet Videoberatung auf Nachrichtenbörse", "Sparkasse startet Videoberatung"),
        ("Filialen: Volksbank schließt drei Standorte bei Portal News",
         "Filialen: Volksbank schließt drei Standorte"),
    ],
)  # fmt: skip
def test_the_words_before_auf_site_are_the_shown_headline(head_title: str, heading: str) -> None:
    got = extract(page(head_title, heading), URL, fetched_at=FETCHED)["title"]
    assert got == heading


def test_a_title_the_page_shows_whole_keeps_its_auf() -> None:
    # the whole title is shown: "auf Instagram" is part of the headline
    title = "Sparkasse setzt auf Instagram"
    got = extract(page(title, title), URL, fetched_at=FETCHED)["title"]
    assert got == title


def test_two_words_before_auf_are_no_headline() -> None:
    # "Neues auf Nachrichtenbörse": the words before are too few to be a headline
    got = extract(page("Neues auf Nachrichtenbörse", "Neues"), URL, fetched_at=FETCHED)["title"]
    assert got != "Neues"
