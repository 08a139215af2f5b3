"""A promotion after the text whose class ends in a prefixed ``promo`` ("app-promo",
"channel-promo") and a broadcaster's box naming the programme that carried the story
("sendungsbezug") leave the body (``BOILERPLATE_TOKEN``; issue 11, session 47, read on
de_full176), and so does a hotline's box ("hotline", "reader-hotline", a CSS module's
``Hotline_box__Q8xZz``; session 48, read on de_full178). Small invented pages; a bare
"promo" class, a teaser of the text, stays."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://www.swr-mitte.example/wirtschaft/phishing-sms-volksbank-100.html"
BOX = "Die wichtigsten Wirtschaftsnachrichten direkt aufs Handy."


@pytest.mark.parametrize(
    ("classes", "kept"),
    [
        ("channel-promo", False),
        ("app-promo", False),
        ("sendungsbezug", False),
        ("hotline", False),
        ("reader-hotline", False),
        ("Hotline_box__Q8xZz", False),
        ("hotline-nummer", True),
        # a bare "promo" or a class that only contains the word: left to the other rules
        ("promotion-text", True),
    ],
)
def test_a_promo_box_after_the_text(classes: str, kept: bool) -> None:
    tail = f"<div class='{classes}'><p>{BOX}</p></div>"
    body = extract(article_page(tail=tail), URL, fetched_at=FETCHED)["body"]
    assert "im 4. Absatz" in body
    assert (BOX in body) is kept


def test_a_broadcasters_programme_box_with_its_heading() -> None:
    tail = (
        "<div class='sendungsbezug'><h3 class='sendungsbezug__header'>Diese Sendung im Radio"
        "</h3><p>Über dieses Thema berichtete SWF1 am 21. November 2026 um 13:00 Uhr.</p></div>"
    )
    body = extract(article_page(tail=tail), URL, fetched_at=FETCHED)["body"]
    assert "im 4. Absatz" in body
    assert "Diese Sendung" not in body
