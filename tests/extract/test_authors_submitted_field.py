"""Drupal's "Submitted by <login>" line over a byline field naming the writers ("By A and
Dr. B"): the people the field names, not the login that submitted the node (issue 11,
session 51; read on en_bq); a reply's "Post by Dilys P" under a forum login is no such
field (the login stays)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "http://www.banktech-review.example/news/regional-banks-bet-on-mobile"


def node(field: str) -> bytes:
    """A Drupal 6 node: the submitted line with a login, then ``field``, then the text (in a
    wrapper whose layout class, "with-navbar", hides the field's byline markup)."""
    return (
        "<html><head><meta charset='utf-8'></head><body><div id='main-inner' class='with-navbar'>"
        "<div id='content'>"
        "<div id='content-header'><h1 class='title'>Regional banks bet on mobile apps</h1>"
        "</div><div id='content-area'><div class='node'>"
        "<div class='field field-field-deck'>A survey of 120 banks finds app budgets doubling."
        "</div><div class='meta'><div class='submitted'>Submitted by <span class='username'>"
        "web_editor</span> on Wed, 04/07/2010 - 14:22</div><div class='terms'><ul><li><a "
        "href='/tags/mobile' rel='tag'>Mobile Banking</a></li></ul></div></div>"
        f"<div class='content'>{field}{paragraphs('sie mehr für Apps ausgibt', 4)}</div>"
        "</div></div></div></div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        (
            "<div class='field field-type-text field-field-byline'><div class='field-items'>"
            "<div class='field-item odd'>By Peter Sample and Dr. Ruth Example</div></div></div>",
            ["Peter Sample", "Dr. Ruth Example"],
        ),
        # no byline field: the login as before
        ("", ["web_editor"]),
        # a name cut to its initial is no byline's full name
        ("<p>Post by <b>Dilys P</b> on Apr 4, 2006</p>", ["web_editor"]),
    ],
)
def test_a_byline_field_names_the_writers_over_the_login(field: str, expected: list[str]) -> None:
    assert extract(node(field), URL, fetched_at=FETCHED)["authors"] == expected
