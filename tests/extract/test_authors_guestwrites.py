"""A blog's or newsletter's opening note that someone else writes this time ("Heute schreibt
hier Timo Ruhland, der …", "Die Ausgabe schreibt Fabian Ohm, der …"; kind read in halves AB
and U, issue 11): the guest is the author over the owner's byline, on small invented pages;
a company, a word that is no name or a note further down left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://finanzfloh.blog.example/2005/11/30/gastbeitrag-schuldnerberater/"
TEXT = "".join(
    f"<p>Im {n}. Jahr der Beratung kommen wieder mehr Menschen mit Schulden bei der "
    "Sparkasse oder beim Versandhändler, und die Wege zur Beratung sind lang.</p>"
    for n in range(1, 6)
)
BYLINE = (
    "<span class='byline'>von <span class='author vcard'><a class='url fn n' "
    "href='/author/carla/'>Carla Weishaupt</a></span></span>"
)


def authors(opening: str, end: str = "") -> list[str]:
    html = page_with(
        f"<article><header><h1 class='entry-title'>Was ein Schuldnerberater sieht</h1>{BYLINE}"
        f"</header><div class='entry-content'>{opening}{TEXT}{end}</div></article>",
        "<title>Was ein Schuldnerberater sieht – finanzfloh</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("<p><i>Heute schreibt hier Timo Ruhland, der berät.</i></p>", ["Timo Ruhland"]),
        (
            "<p>Heute schreibt hier unsere Auszubildende Mila Kraus über ihr erstes Jahr.</p>",
            ["Mila Kraus"],
        ),
        (
            "<p><em>Paula hat diese Woche frei. Die Ausgabe schreibt Fabian Ohm, der an der "
            "Hochschule Finanzkurse gibt.</em></p>",
            ["Fabian Ohm"],
        ),
        ("<p>Heute schreibt hier Gastautorin Nina Keller, selbst Mutter.</p>", ["Nina Keller"]),
        # no person, or no note: the owner's byline stays
        ("<p>Heute schreibt hier das Team der Filiale Nord.</p>", ["Carla Weishaupt"]),
        ("<p>Heute schreibt hier Geschichte, wer spart.</p>", ["Carla Weishaupt"]),
        ("", ["Carla Weishaupt"]),
    ],
)
def test_someone_else_writes_this_time(opening: str, expected: list[str]) -> None:
    assert authors(opening) == expected


def test_note_further_down_is_no_guest() -> None:
    end = "<p>Heute schreibt hier Timo Ruhland, morgen wieder ich.</p>"
    assert authors("", end) == ["Carla Weishaupt"]
