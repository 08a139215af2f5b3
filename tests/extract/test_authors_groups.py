"""A group's label before its members' names ("Gruppe: A, B und C" under a class wiki's page
title; `GROUP_LEADS`, kind read in half BB, issue 11): the members are the page's authors,
on small invented pages; a user group's label ("Gruppe: Mitglied") names nobody."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://klasse12b.schulwiki.example/Girokonto+fuer+Jugendliche"
TEXT = "".join(
    f"<p>Im {n}. Abschnitt vergleichen wir die Kontomodelle mehrerer Sparkassen und "
    "Direktbanken für Schülerinnen und Schüler, mit Gebühren und Dispozinsen.</p>"
    for n in range(1, 5)
)


def authors(credit: str) -> list[str]:
    html = page_with(
        "<div id='WikiNav'><h2>Klasse 12b</h2><ul><li><a>Startseite</a></li>"
        "<li><a>Referate</a></li></ul></div><div id='WikiContent'>"
        "<h1 class='pageTitle'>Girokonto für Jugendliche</h1><div class='wiki'>"
        f"<p><b>Referat vom 14.05.2009</b></p><p>{credit}</p>{TEXT}</div></div>",
        "<title>Girokonto für Jugendliche - Klasse 12b</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        (
            "Gruppe: Carla Wendehorst, Emre Aydın und Jonas Pape",
            ["Carla Wendehorst", "Emre Aydın", "Jonas Pape"],
        ),
        ("Gruppe: Mira Esch und Timo Rahe", ["Mira Esch", "Timo Rahe"]),
        ("Projektgruppe: Svea Lührs, Ben Ortmann", ["Svea Lührs", "Ben Ortmann"]),
        # a forum's user group is no credit
        ("Gruppe: Mitglied", []),
        ("Gruppe: Mitglieder", []),
    ],
)
def test_a_group_label_credits_its_members(credit: str, expected: list[str]) -> None:
    assert authors(credit) == expected
