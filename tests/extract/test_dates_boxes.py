"""A theme's date box beside the headline, its day, month and year in elements of their own,
is a date line (issue 11, rd5); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("das Tagesgeld flexibel bleibt")
URL = "https://www.beratung.example/blog/tagesgeld-oder-festgeld"
# the other posts' days in a list after the text: the nearest date line without the box
OTHERS = "<ul><li><a href='#'>Girokonto im Vergleich</a> <span>10.02.2025</span></li></ul>"


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        (
            "<span class='day'>14</span><span class='mon'>März</span><span class='yr'>2025</span>",
            "2025-03-14",
        ),
        ("<span>17</span><span>FEB</span><span>2025</span>", "2025-02-17"),
        ("<span class='dd'>22</span><span class='mmyy'>08, 2024</span>", "2024-08-22"),
        # a number and a word that are no month: no date box
        ("<span>14</span><span>Leser</span><span>2025</span>", "2025-02-10"),
    ],
)
def test_a_date_box_above_the_headline(box: str, expected: str) -> None:
    page = f"<div class='post'><div class='datetime'>{box}</div><h1>Tagesgeld oder Festgeld?</h1>"
    found = published_on(page + TEXT + OTHERS + "</div>", "", URL)
    assert (found or "")[:10] == expected


def test_a_box_far_from_the_headline_is_no_date_line() -> None:
    # a calendar's day in the masthead, many nodes above the headline
    box = "<span>3</span><span>April</span><span>2025</span>"
    nav = "".join(f"<a href='#'>Seite {n}</a>" for n in range(6))
    page = f"<div>{box}</div><nav>{nav}</nav><h1>Tagesgeld oder Festgeld?</h1>{TEXT}{OTHERS}"
    assert (published_on(page, "", URL) or "")[:10] != "2025-04-03"
