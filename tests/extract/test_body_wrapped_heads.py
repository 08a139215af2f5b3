"""A subheading alone in its site builder's module (``<div class="j-module j-header"><h2>``)
is put back above the paragraph opening the next module when trafilatura leaves it out
(:func:`~newsarchive.extract.wrappedheads.wrapped_subheadings`; kind read in de_full19,
de_full36, de_full37, de_full38). Small invented pages; a heading beside other text in its
block and a heading over a list of links are left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://www.vb-moorfeld.example/aktuelles/neue-geschaeftsstelle.html"
HEADLINE = "Volksbank Moorfeld eröffnet neue Geschäftsstelle"
HEADING = "Kritik aus den Gemeinden"


def module(kind: str, inner: str) -> str:
    """One module of an invented site builder's page."""
    return f"<div class='j-module n j-{kind}'>{inner}</div>"


def paragraphs(first: int, last: int) -> str:
    """Text modules, one paragraph each."""
    return "".join(
        module(
            "text",
            f"<p>Absatz {n} erzählt, wie die Bank ihre Kundinnen und Kunden über die neue "
            "Geschäftsstelle informiert und was sich für Vereine und Betriebe ändert.</p>",
        )
        for n in range(first, last + 1)
    )


def body(heading_module: str) -> str:
    """The body of an invented site builder's page with ``heading_module`` after the
    third paragraph."""
    html = page_with(
        f"<div class='content_area'>{module('header', f'<h1>{HEADLINE}</h1>')}"
        f"{paragraphs(1, 3)}{heading_module}{paragraphs(4, 6)}</div>",
        f"<title>{HEADLINE}</title>",
    )
    return str(extract(html, URL, fetched_at=FETCHED)["body"])


@pytest.mark.parametrize(
    "heading_module",
    [
        module("header", f"<h2>{HEADING}</h2>"),
        f"<div class='row'>{module('header', f'<h3>{HEADING}</h3>')}</div>",
    ],
)
def test_wrapped_heading_read(heading_module: str) -> None:
    text = body(heading_module)
    assert HEADING in text
    assert text.index("Absatz 3") < text.index(HEADING) < text.index("Absatz 4")


@pytest.mark.parametrize(
    "heading_module",
    [
        # a heading beside a teaser's text in its block
        module("header", f"<h2>{HEADING}</h2><span>Mehr dazu</span>"),
        # a heading over other pages' links
        module("header", f"<h2>{HEADING}</h2>")
        + module("links", "<ul><li><a href='/a.html'>Ein anderer Beitrag der Bank</a></li></ul>"),
    ],
)
def test_other_heading_left(heading_module: str) -> None:
    assert HEADING not in body(heading_module)
