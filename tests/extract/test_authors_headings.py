"""A list's heading, a button or a state read where a byline stands ("Weitere Meldungen",
"Alle Blog-Beiträge anzeigen", "Ask Question", "Gestern") names no writer
(:data:`~newsarchive.extract.data.HEADING_NOT_NAMES`; kind read across 80 set pages,
session 33, issue 11). Small invented pages; names that open like a heading word are kept."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.names import is_heading

URL = "https://www.vereinsnetz-moorland.example/blog/vereinskonto-gebuehren"


def authors(head: str, side: str = "") -> list[str]:
    """The authors of an invented post with ``head`` under its headline, ``side`` after."""
    html = page_with(
        "<div class='module'><h1>Vereinskonto: Welche Bank nimmt noch keine Gebühren?</h1>"
        f"{head}<div class='postbody'>{ARTICLE}</div></div>{side}",
        "<title>Vereinskonto: Welche Bank nimmt noch keine Gebühren? - Vereinsnetz</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    "heading",
    [
        "Weitere Meldungen",
        "Neueste Artikel",
        "Alle Blog-Beiträge anzeigen",
        "Zum Profil",
        "ZUM THEMA",
        "Thema Aufsicht",
        "Zur Startseite",
        "Gestern",
        "Mittwoch",
        "Kommentare",
        "Ask Question",
        "Sign In",
        "Unsere",
    ],
)
def test_headings_are_no_names(heading: str) -> None:
    assert is_heading(heading)


@pytest.mark.parametrize(
    "name",
    ["Allegra Berghoff", "Letizia Oltmanns", "Zumbrock Anke", "Thea Mahler", "Die Zinsrebellen"],
)
def test_names_are_no_headings(name: str) -> None:
    assert not is_heading(name)


def test_stamp_with_a_first_name_beside_a_list_link() -> None:
    # Ning's byline: the writer's first name stamped with the day, a link to all posts
    byline = (
        "<ul class='navigation byline'><li>Gepostet von <a class='xg_sprite-profile'>Holger</a>"
        " am 5. Oktober 2010 um 18:42</li><li><a>Alle Blog-Beiträge anzeigen</a></li></ul>"
    )
    assert authors(byline) == ["Holger"]


def test_list_heading_over_other_posts_is_no_card() -> None:
    side = (
        "<p><b>Weitere Meldungen</b></p><ul><li><a href='/a'>Raiffeisenbank Kirchbrunn baut"
        " Hauptstelle um</a></li><li><a href='/b'>Sparkasse Ostrauheim feiert Jubiläum</a>"
        "</li></ul>"
    )
    assert "Weitere Meldungen" not in authors("<p>5. Oktober 2010</p>", side)


def test_button_beside_the_headline_is_no_byline() -> None:
    head = (
        "<a class='s-btn'>Ask Question</a><div>Asked <time datetime='2025-09-16T14:02:10'>"
        "Sep 16, 2025 at 14:02</time></div>"
    )
    assert authors(head) == []
