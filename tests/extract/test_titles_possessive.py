"""Titles on personal sites whose banner names the site by a possessive name ("Klaus Brandes'
Börsenseiten", "Rosie's Corner", "Kevins Bank-Azubi-Blog") or a site's word of a name
("Tagebuch von Maren Kück", "Notes From Emeka") over the post's own heading (issue 11), on
small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.possessive import possessive_site

TEXT = "".join(
    f"<p>Im {n}. Absatz erzählt Jens, was das Clubdepot in diesem Monat bewegt hat und "
    "warum die Bank die Ordergebühren wieder einmal erhöht hat.</p>"
    for n in range(1, 4)
)
URL = "http://www.homepages-talheim.example/jens/depot.htm"
MENU = "<p><a href='index.htm'>Startseite</a> <a href='depot.htm'>Depot</a></p>"


def title_of(body: str, title: str) -> str:
    return str(
        extract(page_with(body, f"<title>{title}</title>"), URL, fetched_at=FETCHED)["title"]
    )


@pytest.mark.parametrize(
    "name",
    [
        "Jens Albers' Börsenseiten",
        "Rosie's Corner",
        "Jens' Seite über Geld und Banken",
        "Tagebuch von Jens Albers",
        "Notes From Jens",
    ],
)
def test_the_post_under_a_possessive_banner_is_the_headline(name: str) -> None:
    body = f"<font size='6'>{name}</font>{MENU}<h2>Unser Clubdepot im März 1998</h2>{TEXT}"
    assert title_of(body, "Jens Albers - Depot") == "Unser Clubdepot im März 1998"


@pytest.mark.parametrize(
    ("title", "wanted"),
    [
        ("Klaus Brandes' Börsenseiten", True),
        ("Kevins Bank-Azubi-Blog", True),
        ("Melanie Brauer's Site", True),
        ("Britain's banks face new rules", False),
        ("Warum Banken Blogs lesen", False),
        ("Anlegers Liebling ist das Tagesgeld", False),
        ("Tagebuch von Maren Kück", True),
        ("Notizen von der Hauptversammlung", False),
        ("Notes from the meeting", False),
    ],
)
def test_a_possessive_site_name(title: str, wanted: bool) -> None:
    assert possessive_site(title) is wanted


def test_a_possessive_headline_without_a_site_word_stays() -> None:
    body = f"<h1>Britain's banks face new rules</h1>{MENU}<h2>What changes in March</h2>{TEXT}"
    assert title_of(body, "Britain's banks face new rules") == "Britain's banks face new rules"
