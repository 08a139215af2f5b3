"""A podcast episode's hosts as links after "Mit" (kind read in de_full137, issue 11): the
hosts are the episode's authors; the shapes it leaves alone, on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://radio-musterstadt.example/podcast/geldfragen/folge-12-neobanken/"
NOTES = "".join(
    f"<p>In der {n}. Runde der Folge geht es darum, wie sicher das Geld bei einer Neobank "
    "ist und was die Einlagensicherung im Ernstfall wirklich abdeckt.</p>"
    for n in range(1, 5)
)


def authors(hosts: str) -> list[str]:
    html = page_with(
        f"<article><h1>Folge 12: Wie sicher ist mein Geld bei Neobanken?</h1>{hosts}"
        f"<audio src='/folge-12.mp3'></audio><div class='notes'>{NOTES}</div></article>",
        "<title>Folge 12: Wie sicher ist mein Geld bei Neobanken? | Geldfragen</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("hosts", "expected"),
    [
        (
            "<p class='hosts'>Mit <a href='/team/lea'>Lea Sommer</a> und "
            "<a href='/team/jonas'>Jonas Reuter</a></p>",
            ["Lea Sommer", "Jonas Reuter"],
        ),
        (
            "<div class='people'>Mit <a href='/team/jana'>Jana Kowalczyk</a>, "
            "<a href='/team/deniz'>Deniz Arslan</a></div>",
            ["Jana Kowalczyk", "Deniz Arslan"],
        ),
        ("<p class='hosts'>Mit <a href='/team/paul'>Paul Brenner</a></p>", ["Paul Brenner"]),
        (  # the line's other credits after the last link
            "<p class='hosts'>Mit <a href='/team/lea'>Lea Sommer</a> und "
            "<a href='/team/jonas'>Jonas Reuter</a> · Gast: Dr. Paula Marquardt</p>",
            ["Lea Sommer", "Jonas Reuter"],
        ),
        (
            "<div class='credits'>Hosted by <a href='/people/maya'>Maya Ferris</a> and "
            "<a href='/people/tom'>Tom Baker</a> · Produced by Ollie Dunstan</div>",
            ["Maya Ferris", "Tom Baker"],
        ),
        # a button's brand, a first name alone, text after the last link: nobody
        ("<p>Mit <a href='/bezahlen'>Apple Pay</a></p>", []),
        ("<p>Mit <a href='/team/lea'>Lea</a></p>", []),
        ("<p>Mit <a href='/team/lea'>Lea Sommer</a> sprach Jonas Reuter.</p>", []),
    ],
)
def test_host_links(hosts: str, expected: list[str]) -> None:
    assert authors(hosts) == expected
