"""The writer a page's ``<title>`` names where nothing else on the page does ("Jappy -
Tagebuch von A", "… by A", "A's Site", "A on Patreon"; kind read in bw, bt, en_i, en_l and
ae, issue 11), on small invented pages; a title naming a thing or a page with a byline left
alone, and a Wayback toolbar's capture count is nobody."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://www.freunde-beispiel.example/user/marenk/tagebuch/412"
TEXT = "".join(
    f"<p>Im {n}. Absatz erzähle ich, wie der Wechsel zur neuen Bank geklappt hat und warum "
    "ich das Kleingedruckte diesmal ganz genau gelesen habe.</p>"
    for n in range(2, 7)
)


def authors(title: str, byline: str = "") -> list[str]:
    """The authors of an invented diary page of a social network titled ``title``."""
    html = page_with(
        "<div id='wm-ipp-base'><a class='t' href='/web/2008*/http://www.freunde-beispiel"
        ".example/user/marenk/tagebuch/412'>17 captures</a></div><div id='bar'><a>Start</a>"
        "</div><table><tr><td class='side'><b>Maren Kück</b><br>21 Jahre</td><td>"
        f"<h2>Tagebuch</h2><div class='tbtitle'><b>Endlich übernommen!!!</b></div>{byline}"
        f"<div class='tbtext'>{TEXT}</div></td></tr></table>",
        f"<title>{title}</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Freunde - Tagebuch von Maren Kück", ["Maren Kück"]),
        ("Endlich übernommen by Maren Kück", ["Maren Kück"]),
        ("Maren Kück's Site - Endlich übernommen", ["Maren Kück"]),
        ("Endlich übernommen | Maren Kück on Patreon", ["Maren Kück"]),
        # a thing, a lower-case phrase, a bare name: nobody
        ("Freunde - Tagebuch von Sparkasse", []),
        ("Freunde - Blog von meinem Hund", []),
        ("Freunde - Maren Kück", []),
    ],
)
def test_title_names_the_writer(title: str, expected: list[str]) -> None:
    assert authors(title) == expected


def test_byline_before_title() -> None:
    byline = "<p>Von Jana Roth</p>"
    assert authors("Freunde - Tagebuch von Maren Kück", byline) == ["Jana Roth"]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the headline says a bank is on a network: no creator's page
        ("Unsere Volksbank auf TikTok", []),
        ("Sparkasse Musterstadt auf Instagram", []),
        # the creator's page names its owner in the title, its headline is another
        ("Endlich übernommen", ["Maren Kück"]),
    ],
)
def test_creator_title_that_is_the_headline(headline: str, expected: list[str]) -> None:
    html = page_with(
        f"<main><article><h1>{headline}</h1>{TEXT}</article></main>",
        "<title>Endlich übernommen | Maren Kück auf Patreon</title>"
        if expected
        else f"<title>{headline} - Finanzblog Nord</title>",
    )
    assert extract(html, URL, fetched_at=FETCHED)["authors"] == expected
