"""A byline piece of two words or more holding a number is no person: a date the byline
runs on into ("Written by A | October 6, 2026", "Posted: July 14"), a profile's count
("12 Hubs", "13 captures") or a club's founding year ("TSV Lindental 1908"); a one-word
login with digits ("bankfan77") stays (kind read in halves BT, BU, de_full40, en_D and
en_M, issue 11), on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.names import split_authors

URL = "https://www.muenzkasten-blog.example/2026/11/kartenzahlung-im-verein"
TEXT = "".join(
    f"<p>Im {n}. Jahr nach der Umstellung zahlen fast alle Mitglieder ihren Beitrag per "
    "Lastschrift, und am Kiosk des Vereinsheims liegt inzwischen ein Kartenleser.</p>"
    for n in range(1, 5)
)


def authors(byline: str) -> list[str]:
    html = page_with(
        "<div id='header'><a class='logo'>Münzkasten</a></div><div id='main'>"
        f"<h1>Kartenzahlung im Verein</h1><p class='byline'>{byline}</p>"
        f"<div class='article-body'>{TEXT}</div></div>",
        "<title>Kartenzahlung im Verein | Münzkasten</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Written by Tamsin Hollow | October 6, 2026", ["Tamsin Hollow"]),
        ("By <a class='author'>Ewan Marsh</a>, March 3, 2026", ["Ewan Marsh"]),
    ],
)
def test_a_date_after_the_name_is_no_second_author(byline: str, expected: list[str]) -> None:
    assert authors(byline) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Marit Solberg, 12 Hubs", ["Marit Solberg"]),
        ("Posted: July 14", []),
        ("13 captures", []),
        # a login keeps its digits
        ("kontofuchs77", ["kontofuchs77"]),
    ],
)
def test_split_authors_drops_pieces_with_numbers(value: str, expected: list[str]) -> None:
    assert split_authors([value])[0] == expected
