"""A US slashed date with a two-digit year and a 12-hour clock ("03/21/07 10:13:00 pm", a blog
engine's post head) is month first, as its clock says (issue 11; data/usshortyear
``DATE_US_SHORT_YEAR``); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("der Bausparvertrag jetzt zugeteilt wird")
URL = "http://www.sparecke.example/index.php?p=212"


def _page(head: str) -> str:
    return (
        f"<div class='posts'><div class='post'><div class='post-head'>{head}, by Jana Feld</div>"
        "<h3>Zuteilung für den Bausparvertrag</h3>"
        f"<div class='post-text'>{TEXT}</div></div></div>"
    )


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("03/21/07 10:13:00 pm", "2007-03-21T22:13"),
        ("4/2/09 @ 9:05 am", "2009-04-02T09:05"),
        ("11/30/98 12:40 PM", "1998-11-30T12:40"),
    ],
)
def test_us_short_year_with_clock(head: str, day: str) -> None:
    found = published_on(_page(head), "", URL)
    assert found is not None
    assert found[:16] == day


def test_short_year_without_clock_stays_unread() -> None:
    # guard: "03/04/07" alone may be either order: no date line from it
    assert published_on(_page("03/04/07"), "", URL) is None
