"""Dates: a title's heading inside a part named like a sidebar (a community site's layout
under a masthead ``<h1>``) is the page's layout; its date line is read
(:mod:`newsarchive.extract.titlelayout`). Pages invented for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://netz.verein.example/pg/blog/view/12/kontogebuehren"
TITLE = "Vereinskonto: Was die neuen Gebühren bedeuten"
HEAD = f"<title>Verein: {TITLE}</title><meta property='og:title' content='{TITLE}'>"


def layout(part: str, heading: str = TITLE, side: str = "") -> bytes:
    """A member site: the site's name as ``<h1>``, the post in a part with id ``part``."""
    return page_with(
        "<div id='header'><h1>Verein Musterstadt – Mitgliedernetz</h1></div>"
        f"<div id='{part}'><div class='post'><h3>{heading}</h3>"
        "<p class='strapline'>von Torsten Behrens 18. August 2009</p>"
        f"{paragraphs('das Vereinskonto Geld kostet', 4)}</div></div>"
        f"<div id='sidebar'><h3>Neueste Einträge</h3><ul>{side}"
        "<li><a href='#'>Winterreifen</a> 15.08.2009</li></ul></div>",
        HEAD,
    )


@pytest.mark.parametrize(
    "part", ["two_column_left_sidebar_maincontent", "layout-with-sidebar", "main"]
)
def test_the_post_in_a_part_named_like_a_sidebar_keeps_its_date_line(part: str) -> None:
    assert extract(layout(part), URL, fetched_at=FETCHED)["published"] == "2009-08-18"


def test_a_sidebar_heading_that_is_not_the_title_reads_no_date() -> None:
    # guard: the title is shown nowhere as a heading: no sidebar's day becomes the post's
    page = layout("two_column_left_sidebar_maincontent", heading="Neue Gebühren ab Januar")
    assert extract(page, URL, fetched_at=FETCHED)["published"] != "2009-08-15"
