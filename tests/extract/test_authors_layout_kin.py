"""Authors on a page built of alike-classed blocks (a story builder's "sb-widget" around
the headline, the text and the credit line): the blocks of the headline's class are the
page's own, a real sidebar's widgets are not (:mod:`newsarchive.extract.layoutkin`)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://story.kasse-nordheide.example/herbstmarkt/"
TEXT = "".join(
    f"<div class='sb-widget sb-copy'><p>Der Herbstmarkt der Kasse zog im {n}. Jahr mehr "
    "Besucherinnen und Besucher an, als der Vorstand erwartet hatte.</p></div>"
    for n in range(1, 5)
)


def authors(body: str) -> list[str]:
    return extract(page_with(body), URL, fetched_at=FETCHED)["authors"]


def story(credit_class: str) -> str:
    return (
        "<div class='sb-page'><div class='sb-widget sb-copy'><h1>Herbstmarkt in Nordheide</h1>"
        f"</div>{TEXT}<div class='{credit_class}'><p>Text: Gesa Thormählen · Fotos: Lars Eggers"
        "</p></div></div>"
    )


@pytest.mark.parametrize(
    ("credit_class", "expected"),
    [
        ("sb-widget sb-copy", ["Gesa Thormählen"]),  # the credit in a block like the text's
        ("sidebar-widget", []),  # a sidebar's box, classed apart: not read
    ],
)
def test_credit_in_headline_kin_block(credit_class: str, expected: list[str]) -> None:
    assert authors(story(credit_class)) == expected


def domino(before: str) -> str:
    """A page without ``<h1>`` wrapped in a form (Lotus Domino), ``before`` it in the body."""
    return (
        f"{before}<form name='_DominoForm'><table><tr><td width='170'><b>Publications</b></td>"
        "<td><font size='4'><b>Retail banks and the weblog question</b></font><br>"
        "<font size='2'>Authors: Lionel Harcastle<br>Date: 03/16/2005</font>"
        + "".join(
            f"<p>Retail banks weigh the weblog for the {n}. time, and most of them still "
            "wait for the others to move first.</p>"
            for n in range(1, 5)
        )
        + "</td></tr></table></form>"
    )


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("<div class='top'>Harcourt Bly</div>", ["Lionel Harcastle"]),  # the form holds all
        # a form holding less than half the page's elements: a part like any other form
        ("<div>" + "<p>The bank's own page, a long text on its own.</p>" * 40 + "</div>", []),
    ],
)
def test_page_wide_form(before: str, expected: list[str]) -> None:
    assert authors(domino(before)) == expected
