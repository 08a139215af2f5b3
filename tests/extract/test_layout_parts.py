"""A part holding the headline is the page's layout, never a skipped part (issue 11, from
dates_v's misses, kept on half AG's authors): ASP.NET WebForms pages (DotNetNuke and other
``.aspx`` sites) wrap the whole page in one ``<form>``, and a body-wide ``nav-open`` class
marks the page; the date line and the byline under the headline inside them are read. Small
pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs, published_on

from newsarchive.extract import extract

URL = "https://akademie.example/Aktuelles/tabid/62/ArticleId/918/Lehrgang.aspx"
WRAPPERS = [
    ("<form name='Form' method='post' action='/Default.aspx' id='Form'>", "</form>"),
    ("<div class='nav-open'>", "</div>"),
]


def _page(wrapper: tuple[str, str], byline: str) -> str:
    return (
        f"{wrapper[0]}<div class='skin-menu'>Startseite · Aktuelles</div><div id='ContentPane'>"
        f"<h1>Neuer Lehrgang startet mit Onlinemodulen</h1>{byline}"
        f"<div class='articleBody'>{paragraphs('der Lehrgang online beginnt')}</div></div>"
        f"<div class='skin-footer'>Copyright 2008 by Akademie</div>{wrapper[1]}"
    )


@pytest.mark.parametrize("wrapper", WRAPPERS)
def test_the_date_line_under_the_headline_in_a_page_wide_part(wrapper: tuple[str, str]) -> None:
    body = _page(wrapper, "<div class='articleAuthor'>von Redaktion am 15.04.2008 10:15</div>")
    assert published_on(body, "", URL) == "2008-04-15T10:15:00+02:00"


@pytest.mark.parametrize("wrapper", WRAPPERS)
def test_the_byline_under_the_headline_in_a_page_wide_form(wrapper: tuple[str, str]) -> None:
    body = _page(wrapper, "<p class='byline'>Von Henrike Albers, 15.04.2008</p>")
    assert extract(page_with(body), URL, fetched_at=FETCHED)["authors"] == ["Henrike Albers"]
