"""A personal blog's profile box names its owner (half BA's kind, issue 11): the full name
under ``id="profile"``, in ``class="owner"``, after "Name:", where the byline credits
nobody; a firm, a second box or a named byline left alone, on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://blogs360.example/mareike/eintrag-12"
TEXT = "".join(
    f"<p>In der {n}. Woche meiner Ausbildung habe ich am Schalter gelernt, wie man Kunden "
    "erklärt, dass die Bank nie per SMS nach der PIN fragt.</p>"
    for n in range(2, 7)
)


def authors(box: str, byline: str = "") -> list[str]:
    html = page_with(
        f"{box}<div id='blog'><h1>Meine zweite Woche</h1>{byline}{TEXT}</div>",
        "<title>Meine zweite Woche - Mareikes Azubi-Blog</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        (
            "<div id='profile'><img src='/a.jpg' alt=''><h2 class='nickname'>Mareike Tjaden"
            "</h2><p>Ort: Leer</p></div>",
            ["Mareike Tjaden"],
        ),
        ("<div class='head'><p class='owner'>Lena Schubert</p></div>", ["Lena Schubert"]),
        ("<div class='profile'><p><b>Name:</b> Torben Schröder</p></div>", ["Torben Schröder"]),
        # a firm's name, a label alone, two boxes: nobody
        ("<div class='profile'><b>Profil</b><p>Klickwerk Online-Marketing</p></div>", []),
        ("<div class='profile'><b>Profil</b><p>Über mich</p></div>", []),
        (
            "<div class='profile'><p>Anna Roth</p></div><div class='profile'><p>Jan Ulm</p></div>",
            [],
        ),
    ],
)
def test_profile_owner(box: str, expected: list[str]) -> None:
    assert authors(box) == expected


def test_byline_person_wins() -> None:
    box = "<div id='profile'><h2>Mareike Tjaden</h2></div>"
    assert authors(box, "<p class='byline'>Von Jule Brandt</p>") == ["Jule Brandt"]
