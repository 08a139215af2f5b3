"""The byline's one writer named again with a partner in the page's text ("Vortrag von A
und B auf dem …" under a slide host's "von <a>A</a>"; kind read in bv, bt and bw, issue
11): both are the authors, on small invented pages; another pair, a role after "und" and
a writer named alone left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://www.folien-beispiel.example/carinastelter/mobile-payment-2012"
TEXT = "".join(
    f"<p>Folie {n}: Wie viele Kundinnen und Kunden im Jahr 2012 schon mit dem Handy "
    "bezahlen, welche Verfahren die Banken anbieten und was der Handel dazu sagt.</p>"
    for n in range(2, 7)
)


def authors(description: str) -> list[str]:
    """The authors of an invented slide page by Carina Stelter with ``description``."""
    html = page_with(
        "<div id='top'><a href='/'>Folien</a></div><div class='slideshow-info'>"
        "<h1>Mobile Payment in Deutschland – Stand 2012</h1>"
        "<p class='author'>von <a>Carina Stelter</a></p>"
        f"<p class='description'>{description}</p></div><div class='transcript'>{TEXT}</div>",
        "<title>Mobile Payment in Deutschland – Stand 2012</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        (
            "Vortrag von Carina Stelter und Mirko Albers auf dem Zahlungsverkehrsforum.",
            ["Carina Stelter", "Mirko Albers"],
        ),
        (
            "Slides by Carina Stelter and Mirko Albers, Payments Day 2012",
            ["Carina Stelter", "Mirko Albers"],
        ),
        # another pair, a role or one word after "und", the writer alone: the byline stands
        ("Vortrag von Jana Roth und Mirko Albers auf dem Forum.", ["Carina Stelter"]),
        ("Vortrag von Carina Stelter und Kollegen auf dem Forum.", ["Carina Stelter"]),
        ("Vortrag von Carina Stelter auf dem Zahlungsverkehrsforum.", ["Carina Stelter"]),
    ],
)
def test_partner_after_the_writer(description: str, expected: list[str]) -> None:
    assert authors(description) == expected
