"""Menu texts are no owner: a header's or profile box's link that is a menu's item
("<nav><a>Kostenloses Erstgespräch</a>", a link beside another link, a "btn" link) or a
heading over a list of links ("<h3>Ähnliche Themen</h3><ul>") reads like a full name but names
nobody (:mod:`~newsarchive.extract.menutexts`; kind read in br, by, cd, de_full19, en_i, q,
issue 11). Small invented pages; the owner's name in the same header is still read."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://kontenblog.example/2021/03/dispo-zinsen-im-vergleich"
HEADLINE = "Dispozinsen im Vergleich"
TEXT = "".join(
    f"<p>Im {n}. Quartal haben wir die Dispozinsen von zwanzig Banken verglichen und dabei "
    "große Unterschiede zwischen Filialbanken und Direktbanken gefunden.</p>"
    for n in range(1, 5)
)


def authors(header: str) -> list[str]:
    """The authors of an invented blog post under ``header``."""
    html = page_with(
        f"{header}<div class='post'><h1>{HEADLINE}</h1><p class='date'>14.03.2021</p>{TEXT}</div>",
        f"<title>{HEADLINE}</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


@pytest.mark.parametrize(
    "header",
    [
        # a menu's link in a <nav>
        "<header class='site-header'><nav><a href='/termin'>Kostenloses Erstgespräch</a>"
        "</nav></header>",
        # a link beside another link
        "<div id='banner'><p><a href='/firmen'>Für Unternehmen</a> "
        "<a href='/bewerten'>Bewertung schreiben</a></p></div>",
        # a button's link
        "<header class='masthead'><p><a class='s-btn' href='/frage'>Neue Frage</a></p></header>",
        # a heading over a list of links
        "<div id='banner'><h3>Ähnliche Themen</h3><ul><li><a href='/a'>Tagesgeld</a></li>"
        "<li><a href='/b'>Festgeld</a></li></ul></div>",
    ],
)
def test_menu_text_names_nobody(header: str) -> None:
    assert authors(header) == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # the owner's name beside a menu: the name is read, the menu is not
        (
            "<header class='site-header'><nav><a href='/termin'>Kostenloses Erstgespräch</a>"
            "</nav><p class='owner'>Lena Schubert</p></header>",
            ["Lena Schubert"],
        ),
        # a lone link that is the owner's name (no menu around it)
        (
            "<div id='banner'><p class='owner'><a href='/ueber-mich'>Tobias Wendland</a></p></div>",
            ["Tobias Wendland"],
        ),
    ],
)
def test_owner_beside_a_menu_still_read(header: str, expected: list[str]) -> None:
    assert authors(header) == expected
