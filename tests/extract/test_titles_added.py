"""Titles where one metadata title gives another whole with one segment more ("Headline :
Forum" beside ``og:title`` "Headline"): that segment names the site, a section or a forum
and is no headline, even where the page shows it as a sidebar heading (issue 11), each on a
small invented page."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.headings import added_segments

TEXT = "".join(
    f"<p>Im {n}. Absatz fragt die Nutzerin, ob sich der Wechsel zu einer anderen Bank lohnt "
    "und welche Kosten für das Girokonto dann noch anfallen.</p>"
    for n in range(1, 4)
)
HEADLINE = "Girokonto kostet plötzlich 7,50 Euro – wechseln?"


def forum_page(title: str, og_title: str) -> bytes:
    body = (
        f"<div class='thing'><p class='title'><a href='/f/geldfragen/c/1/'>{HEADLINE}</a></p>"
        f"<div class='md'>{TEXT}</div></div>"
        "<div class='side'><h2>f/Geldfragen</h2><p>Die Runde für Geld und Konten.</p></div>"
    )
    head = f"<title>{title}</title><meta property='og:title' content='{og_title}'>"
    return page_with(body, head)


def test_the_forum_named_after_the_shared_title_is_no_headline() -> None:
    page = forum_page(f"{HEADLINE} : f/Geldfragen", HEADLINE)
    url = "https://forum-hub.example/f/geldfragen/c/1/"
    assert extract(page, url, fetched_at=FETCHED)["title"] == HEADLINE


def test_added_segments_before_or_after_a_title_given_whole() -> None:
    assert added_segments([f"{HEADLINE} : f/Geldfragen", HEADLINE]) == {"fgeldfragen"}
    assert added_segments(["Zinsblog » Mein Weg zur Direktbank", "Mein Weg zur Direktbank"]) == {
        "zinsblog"
    }


def test_no_segment_longer_than_the_title_both_give() -> None:
    # og:title names the bank only: the <title>'s rest is the headline, not a site name
    assert added_segments(["Bank", "Bank | Neue Filiale eröffnet"]) == set()
    assert added_segments(["Sparkasse Auental", "Sparkasse Auental - Filiale Nord"]) == set()
    assert added_segments([HEADLINE]) == set()
