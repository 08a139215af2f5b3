"""German byline markup: an element of a class "autor" ("<span class='entry-autor'>", a
forum's user cell "<td class='autor'>"; kind read in bv, bu and de_full44, issue 11) names
the writer where nothing else does, on small invented pages; an author box of text, an
"autoren" list and one in a sidebar are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://www.radtreff-beispiel.example/blog/2009/09/tan-aufs-handy"
TEXT = "".join(
    f"<p>Im {n}. Abschnitt erklären wir, warum die Vereinskasse jetzt eine TAN aufs Handy "
    "braucht und was sich für die Mitglieder beim Überweisen der Beiträge ändert.</p>"
    for n in range(2, 7)
)


def authors(meta: str, aside: str = "") -> list[str]:
    """The authors of an invented club blog post with the meta line ``meta``."""
    html = page_with(
        "<div id='kopf'><a href='/'>Radtreff Beispiel</a></div><div class='entry'>"
        f"<h2 class='entry-title'>Vereinskasse: Die TAN kommt aufs Handy</h2>{meta}"
        f"<div class='entry-content'>{TEXT}</div></div><aside>{aside}</aside>",
        "<title>Vereinskasse: Die TAN kommt aufs Handy</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (
            "<small class='entry-meta'>1. September 2009 · <span class='entry-autor'>"
            "Uwe Rennekamp</span></small>",
            ["Uwe Rennekamp"],
        ),
        (
            "<table><tr><td class='autor'><b>Wilfried Krämer</b><br><small>Stammgast</small>"
            "</td><td>geschrieben am 11.02.2004</td></tr></table>",
            ["Wilfried Krämer"],
        ),
        ("<p class='autoren'>Uwe Rennekamp, Jana Roth</p>", []),
        ("<div class='autor-box'><b>Uwe Rennekamp</b><p>Schreibt über Geld.</p></div>", []),
    ],
)
def test_autor_class(meta: str, expected: list[str]) -> None:
    assert authors(meta) == expected


def test_autor_class_in_a_sidebar() -> None:
    assert authors("", "<span class='autor'>Uwe Rennekamp</span>") == []
