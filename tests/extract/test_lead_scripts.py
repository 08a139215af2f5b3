"""What is no part of the lead: a teaser box's scripts and JSON-LD blocks (two real dev pages
gave an ad's script and a picture's JSON-LD as their lead) and an author box under the
headline ("A is a senior reporter at …", "A covers … for …"; read on en_aj). Issue 11,
session 28."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

TEASER = "Im Winter frisches Gemüse aus dem eigenen Garten ernten: drei Tipps für die Knollen."


def lead_of(intro: str, description: str = "") -> str:
    """The lead of an invented page with ``intro`` in a box right under its headline."""
    meta = f"<meta name='description' content='{description}'>" if description else ""
    html = page_with(
        f"<h1>Knollen ernten</h1><div class='intro'>{intro}</div>"
        + paragraphs("die Ernte im Winter gelingt"),
        f"<title>Knollen ernten</title>{meta}",
    )
    found = extract(html, "https://www.garten.example/news/knollen", fetched_at=FETCHED)
    return str(found["lead"])


@pytest.mark.parametrize(
    "inside",
    [
        "<script>window.adQueue = window.adQueue || [];</script>",
        '<script type=\'application/ld+json\'>{"@context": "http://schema.org", '
        '"@type": "ImageObject", "author": "garten.example"}</script>',
        "<style>.intro{color:red}</style>",
    ],
)
def test_lead_without_code(inside: str) -> None:
    assert lead_of(f"{inside}<p>{TEASER}</p>", TEASER) == TEASER


@pytest.mark.parametrize(
    "bio",
    [
        "Alyssa Moreno is a senior reporter at Paybridge Wire covering venture funding.",
        "Dev Ramaswamy covers payments infrastructure and fintech startups for Paybridge Wire.",
    ],
)
def test_author_box_is_no_lead(bio: str) -> None:
    assert bio not in lead_of(f"<p>{bio}</p>")
