"""Ads under a label (issue 11, from the newsletter and trade-press sets' misses): a block
whose first words are "Anzeige", "Werbung" or "Sponsored" alone is no text, in a page's text
column or in an e-mail's table; a sponsored article under the same label keeps its text.
Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, body_around, page_with, paragraphs

from newsarchive.extract import extract

AD = "Depot umziehen in zehn Minuten: Bei der Hafenbank zahlen Sie ein Jahr keine Ordergebühren."


@pytest.mark.parametrize(
    "label",
    [
        "<p class='label'>Anzeige</p>",
        "<span style='color:#999'>ANZEIGE</span><br>",
        "<strong>Werbung:</strong><br>",
        "<div class='eyebrow'>Sponsored</div>",
        "<p>Advertisement</p>",
    ],
)
def test_a_labelled_ads_block_is_no_text(label: str) -> None:
    body = body_around(
        f"<div class='promo-box'>{label}<p>{AD}</p><a href='#'>Zum Angebot</a></div>"
    )
    assert "Hafenbank" not in body
    assert "warum die Preise steigen" in body
    assert "warum sie sinken" in body


def test_an_emails_label_row_takes_its_ad_row_along() -> None:
    ad = (
        "<table class='partner'><tr><td><span class='ad-label'>Anzeige</span></td></tr>"
        f"<tr><td><p>{AD}</p></td></tr></table>"
    )
    assert "Hafenbank" not in body_around(ad)


def test_a_sponsored_article_under_the_label_keeps_its_text() -> None:
    article = (
        "<article><p class='kicker'>Anzeige</p><h1>Echtzeitzahlungen ohne Mehraufwand</h1>"
        f"{paragraphs('Echtzeitzahlungen sich für Institute rechnen', count=5)}</article>"
    )
    body = extract(
        page_with(article), "https://fachblatt.example/partner/echtzeit", fetched_at=FETCHED
    )
    assert "warum Echtzeitzahlungen sich für Institute rechnen" in str(body["body"])


def test_a_block_naming_ads_further_on_stays() -> None:
    block = (
        f"<div class='note'><p>Die Anzeige der Hafenbank erschien in drei Zeitungen. {AD}</p></div>"
    )
    assert "Hafenbank zahlen Sie" in body_around(block)
