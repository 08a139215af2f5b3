"""A one-person site named after its owner ("katrin-vollmer.example" showing "Katrin
Vollmer" in its masthead) whose byline names the owner (kind read in half AS, issue 11): a
writer, not the publisher, on small invented pages; a site named like a person with no
such byline, a firm and a host named otherwise left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Monat des Vergleichs haben wieder mehrere Direktbanken ihre Zinsen fürs "
    "Tagesgeld gesenkt, während die Filialbanken kaum etwas geändert haben.</p>"
    for n in range(2, 6)
)


def authors(masthead: str, credit: str = "", host: str = "www.katrin-vollmer.example") -> list[str]:
    html = page_with(
        f"<div id='title'><h1><a href='../index.html'>{masthead}</a></h1>"
        "<p id='tagline'>Texte über Geld und Banken</p></div><div class='article'>"
        "<h2 class='title'>Was die Zinswende für Sparer bedeutet</h2>"
        "<div class='timestamp'>Erschienen in: Verbrauchermagazin Geldwert, 30. Oktober 2008</div>"
        f"<div class='article-content'>{TEXT}{credit}</div></div>"
        f"<div id='page-bottom'>&copy; 2008 {masthead}</div>",
        "<title>Was die Zinswende für Sparer bedeutet</title>",
    )
    return extract(html, f"http://{host}/texte/zinswende.html", fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("", []),
        ("<p>Text: Katrin Vollmer und Ralf Odenthal</p>", ["Katrin Vollmer", "Ralf Odenthal"]),
        ("<p>Von Katrin Vollmer</p><p><i>Dieser Text erschien zuerst im Geldwert.</i></p>",
         ["Katrin Vollmer"]),
        ("<p>Von Ralf Odenthal</p>", ["Ralf Odenthal"]),
    ],
)  # fmt: skip
def test_owner_named_site(credit: str, expected: list[str]) -> None:
    assert authors("Katrin Vollmer", credit) == expected


@pytest.mark.parametrize(
    ("masthead", "host"),
    [
        ("Versicherungsbüro Krämer", "www.versicherungsbuero-kraemer.example"),
        ("Gründerkreis Franken", "gruenderkreis-franken.hub.example"),
    ],
)
def test_firm_or_group_named_site_is_no_owner(masthead: str, host: str) -> None:
    credit = f"<p>Text: {masthead} und Ralf Odenthal</p>"
    assert authors(masthead, credit, host=host) == ["Ralf Odenthal"]
