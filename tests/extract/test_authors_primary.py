"""A post's metadata naming only its primary author (Ghost's JSON-LD Person of a two-author
post, Yoast's graph under an authorship plugin's "Von A und B"): the byline the page shows
names every writer the metadata names and more, and wins (kind read in half P, issue 11);
on small invented pages."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, article_page

from newsarchive.extract import extract

URL = "https://morgenblatt.example/linkedin-bankvorstaende/"


def authors(jsonld_name: str, byline: str) -> list[str]:
    graph = {"@context": "https://schema.org", "@type": "Article", "headline": "LinkedIn"}
    graph["author"] = {"@type": "Person", "name": jsonld_name}
    head = f"<script type='application/ld+json'>{json.dumps(graph)}</script>"
    top = f"<h1>Wie Bankvorstände LinkedIn entdecken</h1>{byline}"
    return extract(article_page(head, top), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("jsonld_name", "byline", "expected"),
    [
        # byline text near the headline: "Von" and linked names
        (
            "Pia Sandrock",
            "<p>Von <a href='/a/1'>Pia Sandrock</a> und <a href='/a/2'>Moritz Faltermeier</a></p>",
            ["Pia Sandrock", "Moritz Faltermeier"],
        ),
        # byline markup: an author-name heading with two linked names
        (
            "Pia Sandrock",
            "<h4 class='author-name'><a href='/a/1'>Pia Sandrock</a>, "
            "<a href='/a/2'>Moritz Faltermeier</a></h4>",
            ["Pia Sandrock", "Moritz Faltermeier"],
        ),
        # the byline names the metadata's author only, or someone else: the metadata stays
        ("Pia Sandrock", "<p>Von Pia Sandrock</p>", ["Pia Sandrock"]),
        (
            "Pia Sandrock",
            "<h4 class='author-name'><a href='/a/1'>Lena Ortmann</a>, "
            "<a href='/a/2'>Jan Brüning</a></h4>",
            ["Pia Sandrock"],
        ),
        # the byline's extra part is a role or a place, no writer
        (
            "Pia Sandrock",
            "<h4 class='author-name'><span>Pia Sandrock</span><span>Redakteurin</span></h4>",
            ["Pia Sandrock"],
        ),
    ],
)
def test_byline_over_primary_author(jsonld_name: str, byline: str, expected: list[str]) -> None:
    assert authors(jsonld_name, byline) == expected
