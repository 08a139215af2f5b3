"""A page without an ``<h1>`` (an old site's ``<h2>`` headline, a table layout's bold
``<font>``): the date line is measured from the node showing the title, not from the page's
top; so too under an ``<h1>`` that is the masthead and does not show the title; small pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Filiale im Kino wirbt")
URL = "http://www.kino-musterstadt.example/news.php?nid=12"
HEAD = "<title>Kino Musterstadt :: News</title>"
STRIP = "<div class='strip'>Programm vom Do 24.06.2004 bis Mi 30.06.2004</div>"
MENU = "<div id='menu'><a href='/'>Programm</a> | <a href='/news.php'>News</a></div>"
SIDE = "<div id='side'><h3>Demnächst</h3><ul><li>ab 03.07.2004: Sommer am See</li></ul></div>"
HEADLINE = "Sparkasse wirbt im Kino mit einem Spot von Schülern"


@pytest.mark.parametrize(
    "headline",
    [
        f"<h2 class='newstitle'>{HEADLINE}</h2>",
        f"<font size='+1' face='Arial'><b>{HEADLINE}</b></font>",
    ],
)
def test_the_day_above_a_headline_without_h1_wins_over_the_top_strip(headline: str) -> None:
    body = f"{STRIP}{MENU}<div id='main'><div>News vom 17.06.2004</div>{headline}{TEXT}</div>{SIDE}"
    assert (published_on(body, HEAD, URL) or "")[:10] == "2004-06-17"


def test_a_masthead_h1_gives_way_to_the_node_showing_the_title() -> None:
    # the <h1> is the site's name, not the title: the date line is measured from the <h2>
    # showing it (rd26's titlemark, re-judged in session 18)
    body = (
        f"<h1>Kino Musterstadt</h1><div>Programm vom 24.06.2004</div>{MENU}"
        f"<div id='main'><div>News vom 17.06.2004</div><h2>{HEADLINE}</h2>{TEXT}</div>"
    )
    assert (published_on(body, HEAD, URL) or "")[:10] == "2004-06-17"


def test_an_h1_showing_the_title_keeps_its_own_mark() -> None:
    # the <h1> is the headline: a later node repeating the title does not move the mark
    body = (
        f"<div id='main'><div>News vom 17.06.2004</div><h1>{HEADLINE}</h1>{TEXT}</div>"
        f"<div id='side'><div>Archiv vom 03.02.2003</div><p>{HEADLINE}</p></div>"
    )
    assert (published_on(body, HEAD, URL) or "")[:10] == "2004-06-17"
