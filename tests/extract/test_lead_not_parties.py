"""No lead from a picture or from a person's description: a ``<figure>`` classed as the lead's
image ("…--leadImage") with its caption, an author box's ``itemprop="description"`` in a
``Person`` item (Simple Author Box); the article's own teaser stays the lead (session 49,
read on dates_dn and dates_do). Nor from another article's excerpt, a BEM element of a
list's item or of a box: a related posts widget's ``elementor-post__excerpt``, a reading
tip's ``…-lesetipp__excerpt``, whose box leaves the text too (session 63, read on de_full590
and de_full612). Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://www.kontoblick-sued.example/2024/03/tiktok-sparkasse"
TEXT = paragraphs("die Sparkasse auf TikTok erklärt, wie Geld funktioniert", 4)
CAPTION = "Die Spurensicherung untersucht in der Nacht das zerstörte Foyer der Filiale."
BIO = "Katrin Ohlendorf war zwölf Jahre Bankkauffrau und schreibt seit 2021 über Banken."
FIGURE = (
    "<figure class='story-image story-image--leadImage'><img src='/foyer.jpg' alt=''>"
    f"<figcaption>{CAPTION}</figcaption></figure>"
)
AUTHOR_BOX = (
    "<div class='saboxplugin-wrap' itemscope itemtype='http://schema.org/Person'>"
    "<div class='saboxplugin-authorname'>Katrin Ohlendorf</div><div class='saboxplugin-desc'>"
    f"<div itemprop='description'><p>{BIO}</p></div></div></div>"
)


def _lead(top: str, tail: str) -> str:
    headline = "<h1>Sparkasse erklärt Geld auf TikTok</h1>"
    body = f"<main><article>{headline}{top}{TEXT}{tail}</article></main>"
    return extract(page_with(body), URL, fetched_at=FETCHED)["lead"] or ""


EXCERPT = "Warum wir Anzahlungen inzwischen direkt bei der Buchung verlangen, steht im Beitrag."
RELATED = (
    "<div class='elementor-posts related-posts'><article class='elementor-post'>"
    "<h3><a href='/anzahlung'>Anzahlung bei Buchung</a></h3>"
    f"<div class='elementor-post__excerpt'><p>{EXCERPT}</p></div></article></div>"
)
TIP = (
    "<div class='wp-block-group sh-lesetipp'><p><strong>Lesen Sie auch:</strong> "
    f"<a href='/anzahlung'>Anzahlung bei Buchung</a></p><p class='sh-lesetipp__excerpt'>{EXCERPT}"
    "</p></div>"
)


@pytest.mark.parametrize(
    ("top", "tail", "left"),
    [(FIGURE, "", CAPTION), ("", AUTHOR_BOX, BIO), ("", RELATED, EXCERPT), (TIP, "", EXCERPT)],
)
def test_no_lead_from_a_picture_or_a_person(top: str, tail: str, left: str) -> None:
    assert left not in _lead(top, tail)


def test_the_article_s_teaser_stays_the_lead() -> None:
    teaser = (
        "<p class='lead'>Die Sparkasse erklärt auf TikTok, wie Zinsen und Konten funktionieren.</p>"
    )
    assert _lead(teaser, AUTHOR_BOX).startswith("Die Sparkasse erklärt auf TikTok")
