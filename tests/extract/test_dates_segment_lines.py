"""The line just under the headline naming its date as a segment between separators ("Von A
und B | 24. September 2013 | Ausgabe 4/2013", a trade magazine's meta line) is the date line,
before the dates of a side column's appointments (issue 11, rd9: de_full24's magazine CMS);
small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

URL = "http://www.bankpraxis.example/index.php?section=news&cmd=details&newsid=118"
TEXT = paragraphs("die Sparkasse Bargeld an der Supermarktkasse auszahlt")
SIDE = (
    "<div id='spalte'><h4>Termine</h4>"
    "<ul><li>12.03.2014 Forum</li><li>24.06.2014 Tag</li></ul></div>"
)
TEASER = "<p class='teaser'>Die Sparkasse lässt Kunden künftig an der Kasse Bargeld abheben.</p>"


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ("Von Jutta Lemke und Ralf Sieber | 24. September 2013 | Ausgabe 4/2013", "2013-09-24"),
        ("Von Jutta Lemke · 24.09.2013 · Heft 4/2013 · Vertrieb", "2013-09-24"),
    ],
)
def test_a_date_segment_under_the_headline(meta: str, expected: str) -> None:
    page = f"<h1>Bargeld an der Kasse</h1>{TEASER}<p class='meta'>{meta}</p>{TEXT}{SIDE}"
    assert (published_on(page, "", URL) or "")[:10] == expected


def test_not_a_segment_far_below_the_headline() -> None:
    # the same line after the text is no head line: the nearer date line stays
    meta = "<p>Von Jutta Lemke und Ralf Sieber | 24. September 2013 | Ausgabe 4/2013</p>"
    page = f"<h1>Bargeld an der Kasse</h1>{TEASER}<p>Stand: 02.10.2013</p>{TEXT}{meta}"
    assert (published_on(page, "", URL) or "")[:10] == "2013-10-02"
