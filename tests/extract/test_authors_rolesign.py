"""A post's closing "Name, Role" line (halves AW's and AX's kind, issue 11): the cases it
reads and the cases it leaves alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://genossen-talbach.example/aktuelles/neue-filiale/"
TEXT = "".join(
    f"<p>Die Genossenschaftsbank Talbach eröffnet im {n}. Quartal eine neue Filiale am "
    "Marktplatz und bietet dort auch Beratung zu Konten und Karten an.</p>"
    for n in range(1, 5)
)


def authors(end: str) -> list[str]:
    html = page_with(
        "<article><h1>Neue Filiale am Marktplatz</h1><div class='meta'>12.05.2025</div>"
        f"<div class='text'>{TEXT}{end}</div></article>",
        "<title>Neue Filiale am Marktplatz</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # a full name and a role after a comma, closing the post
        ("<p>Paul Winterberg, Geschäftsführender Gesellschafter</p>", ["Paul Winterberg"]),
        ("<p>Ihre Gerda Lindqvist, Vorstand der Stiftung</p>", ["Gerda Lindqvist"]),
        # an ordinal before the role (a club's "1. Vorsitzender"; session 43)
        ("<p>Bernd Meinert, 1. Vorsitzender</p>", ["Bernd Meinert"]),
        # after a greeting line
        ("<p>Herzliche Grüße</p><p>Ihr Otto Brenner, Vorstand</p>", ["Otto Brenner"]),
        # an organisation, an address (digits), a long clause: no signature
        ("<p>Ihre Sparkasse Talbach, Filiale Nord</p>", []),
        ("<p>Otto Brenner, Marktplatz 4</p>", []),
        ("<p>Otto Brenner, der seit vielen Jahren im Vorstand der Bank sitzt</p>", []),
        # a greeting before a team's closing is no name
        ("<p>Viele Grüße, Ihr Beratungsteam Mitte</p>", []),
        # a first name alone is no full name
        ("<p>Otto, Vorstand</p>", []),
    ],
)
def test_role_signature(end: str, expected: list[str]) -> None:
    assert authors(end) == expected


def test_role_signature_not_mid_text() -> None:
    # a "Name, Role" line followed by a long paragraph does not close the post
    end = (
        "<p>Paul Winterberg, Geschäftsführer</p><p>Die Filiale ist montags bis freitags "
        "von neun bis achtzehn Uhr geöffnet und bietet auch Termine am Abend an.</p>"
    )
    assert authors(end) == []
