"""Titles on pages whose headline ``<h1>`` links to the page itself (``href="#"``, a
permalink's "#post"): the headline, not a logo linking to the home page (issue 11), on small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz erzählt der Kassenwart, wie der Verein die Platzgebühren künftig "
    "am Automaten der Bank einzahlt und was Mitglieder dabei beachten sollten.</p>"
    for n in range(1, 4)
)
URL = "http://www.tc-talheim.example/aktuelles/files/einzahlung.html"


def title_of(body: str, title: str = "TC Talheim") -> str:
    return str(
        extract(page_with(body, f"<title>{title}</title>"), URL, fetched_at=FETCHED)["title"]
    )


@pytest.mark.parametrize(
    "h1",
    [
        "<h1 class='blog-entry-title'><a href='#'>Platzgebühren am Automaten</a></h1>",
        "<h1>Platzgebühren am Automaten<a class='headerlink' href='#post'>¶</a></h1>",
    ],
)
def test_a_headline_linking_to_itself_is_the_headline(h1: str) -> None:
    body = f"<div class='blog-entry'>{h1}<div class='date'>10. Juni 2008</div>{TEXT}</div>"
    assert title_of(body) == "Platzgebühren am Automaten"


def test_a_logo_linking_to_the_home_page_is_no_headline() -> None:
    body = (
        "<h1><a href='/'>Tennisclub Talheim von 1958</a></h1><div class='entry'><h2>"
        f"Platzgebühren am Automaten</h2>{TEXT}</div>"
    )
    title = "Platzgebühren am Automaten - TC Talheim"
    assert title_of(body, title) == "Platzgebühren am Automaten"
