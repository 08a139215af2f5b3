"""A date badge split into text nodes ("<span>27</span><span>Feb</span><span>2023</span>",
"27. Februar" | "2023") is one date line where its first node stands (issue 11;
data/splitdates ``SPLIT_DATE_HEAD``); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("Kontoauszüge künftig nur noch digital kommen")
URL = "https://www.zinsblick.example/blog/kontoauszuege-digital"
OTHERS = (
    "<section class='more'><h2>Weitere Beiträge</h2><p><a href='/a'>Tagesgeld im Check</a> "
    "· 10.02.2023</p></section>"
)


@pytest.mark.parametrize(
    "badge",
    [
        "<span class='d'>27</span><span class='m'>Feb</span><span class='y'>2023</span>",
        "<span class='dm'>27. Februar</span><span class='y'>2023</span>",
        "<b>27.</b> <b>Februar</b> <b>2023</b>",
    ],
)
def test_split_badge_dates_the_post(badge: str) -> None:
    head = f"<div class='badge'>{badge}</div><h1>Auszüge nur noch digital</h1>"
    body = f"<main>{head}{TEXT}{OTHERS}</main>"
    found = published_on(body, "", URL)
    assert found is not None
    assert found[:10] == "2023-02-27"


def test_long_parts_are_no_badge() -> None:
    # guard: a count, a month and a longer text after it are no badge ("12" | "Mai" |
    # "Teilnehmer aus 2023": the third part is a phrase)
    body = (
        "<main><h1>Auszüge nur noch digital</h1><p><span>12</span> <span>Mai</span> "
        f"<span>Teilnehmer aus 2023</span></p>{TEXT}</main>"
    )
    found = published_on(body, "", URL)
    assert found is None or found[:10] != "2023-05-12"
