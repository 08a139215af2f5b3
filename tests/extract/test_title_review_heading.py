"""A review page: the business reviewed as the <h1>, one review under it with its own
heading (inside a block classed as a review, or classed as a review's heading): that heading
is the title (:mod:`newsarchive.extract.reviewhead`, issue 11). A product's page listing
several reviews keeps its name; an <h1> that is itself the review's heading keeps it over
the review's part headings. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://www.ortskunde-muster.example/firma/baeckerei-kornblume-4711"
SHOP = "Bäckerei Kornblume, Filiale Nordtor"
HEAD = "Freundlich bedient, aber die Brötchen waren kalt"
TEXT = (
    "<p>Wir kaufen dort seit Jahren am Samstag ein und kennen die Verkäuferinnen gut. "
    "Diesmal lag die Ware schon länger in der Auslage, das schmeckte man leider.</p>"
    "<p>Die Preise sind fair geblieben, der Kaffee ist weiterhin ordentlich. Beim nächsten "
    "Besuch schauen wir wieder vorbei und berichten, ob es besser geworden ist.</p>"
)


def _page(review: str, more: str = "") -> bytes:
    return page_with(
        f"<div class='kopf'><a href='/'>ortskunde</a></div><h1>{SHOP}</h1>"
        f"<p class='adresse'>Torweg 3, Musterau ★★★☆☆</p>{review}"
        f"<h3>Weitere Bewertungen</h3><div class='review small'><b>Kurt P.</b>"
        f"<p>Immer nett.</p></div>{more}",
        f"<title>{SHOP} - Bewertungen auf ortskunde</title>",
    )


@pytest.mark.parametrize(
    "review",
    [
        f"<div class='review'><h2>{HEAD}</h2><p class='autor'>von Jana Q.</p>{TEXT}</div>",
        f"<div class='bewertung'><div class='kopf2'><h3>{HEAD}</h3></div>{TEXT}</div>",
        f"<section class='top'><p class='review-headline'>{HEAD}</p>"
        f"<div class='comment'>{TEXT}</div></section>",
    ],
)
def test_review_heading_under_business(review: str) -> None:
    assert extract(_page(review), URL, fetched_at=FETCHED)["title"] == HEAD


def test_several_reviews_keep_the_product() -> None:
    """Two reviews with their headings: a product's page, its name stays the title."""
    second = f"<div class='review'><h2>Gute Auswahl am Morgen</h2>{TEXT}</div>"
    review = f"<div class='review'><h2>{HEAD}</h2>{TEXT}</div>"
    assert extract(_page(review, second), URL, fetched_at=FETCHED)["title"] == SHOP


def test_review_h1_keeps_its_heading() -> None:
    """The <h1> is the review's own heading: its parts' headings never replace it."""
    html = page_with(
        f"<article class='review'><h1 class='review-title'>{HEAD}</h1>"
        f"<section class='review-part'><h2>Gut finde ich hier</h2>{TEXT}</section></article>",
        f"<title>{HEAD} - Bewertungen</title>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["title"] == HEAD


def test_rating_caption_keeps_the_business() -> None:
    """A review block with a heading and no written review (a rating's caption): no review's
    heading, the business stays the title."""
    review = "<div class='review'><h2>Vier von fünf Sternen</h2><p>Stand: heute</p></div>"
    assert extract(_page(review), URL, fetched_at=FETCHED)["title"] == SHOP
