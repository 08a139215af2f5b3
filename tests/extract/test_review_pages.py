"""A review portal's page of one customer review: schema.org's ``Review`` object is the
page's article, its headline, reviewer and day the page's (issue 11, session 61: 3 authors
and 1 title up on the read judges' complaint boards, 0 down; dev unchanged). Small invented
pages."""

from __future__ import annotations

import json

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.rezensionen-muster.example/reviews/65e792a5c1f04b2d8e3a7c19"
HEADLINE = "Account frozen for 19 days over a transfer from my own savings"
TEXT = (
    "<p>I have banked with Harbourline for eleven years and never had a reason to complain "
    "until last month, when a transfer between my own accounts froze everything.</p>"
    "<p>The app logged me out within an hour and showed a message saying my account was "
    "under review, and nobody on the phone could tell me why or for how long.</p>"
    "<p>After nineteen days and four calls the account opened again without a word of "
    "explanation, and the compensation offered was a voucher worth twenty pounds.</p>"
)


def review_page(kind: str) -> dict:
    """A review's page: the company's name in the ``<h1>``, the review's own headline in
    an ``<h2>`` with the reviewer's card beside it, the JSON-LD object of type ``kind``."""
    obj = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": HEADLINE,
        "author": {"@type": "Person", "name": "Gareth Pellow"},
        "datePublished": "2024-03-05T21:47:33.000Z",
        "itemReviewed": {"@type": "Organization", "name": "Harbourline Bank"},
    }
    head = (
        f"<title>Rated 1 out of 5 | Harbourline Bank review</title>"
        f'<script type="application/ld+json">{json.dumps(obj)}</script>'
    )
    body = (
        "<header><h1>Harbourline Bank</h1><p>Reviews 4,812 · Poor</p></header><main>"
        "<section class='review-card'><aside class='consumer'><span>GP</span>"
        "<span class='consumer-name'>G. P.</span><span>3 reviews</span></aside>"
        f"<article><h2>{HEADLINE}</h2>{TEXT}</article></section></main>"
    )
    return extract(page_with(body, head), URL, fetched_at=FETCHED)


def test_a_review_objects_headline_and_reviewer_are_the_pages() -> None:
    page = review_page("Review")
    assert (page["title"], page["authors"]) == (HEADLINE, ["Gareth Pellow"])
    assert page["published"][:10] == "2024-03-05"


def test_an_unknown_objects_fields_are_not_read() -> None:
    """(The same page with an object of a type no article has: its fields are left.)"""
    assert review_page("Rating")["authors"] != ["Gareth Pellow"]
