"""Titles on CMS article pages titled with their category only whose heading links to the
page itself (a permalink: Joomla's ``<h2><a href="…/1702-story.html">``) (issue 11), on
small invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz berichtet der Wochenspiegel, wie die Sparkasse ihre neue Seite auf "
    "Facebook betreibt und was die Kundinnen und Kunden davon halten.</p>"
    for n in range(1, 4)
)
URL = "http://www.wochenspiegel-nordheide.example/wirtschaft/1702-sparkasse-fanseite.html"


def title_of(href: str) -> str:
    body = (
        "<ul class='menu'><li>Start</li><li class='active'>Wirtschaft</li></ul>"
        f"<div class='item-page'><h2><a href='{href}'>Sparkasse startet Fanseite auf "
        f"Facebook</a></h2>{TEXT}</div>"
    )
    page = page_with(body, "<title>Wirtschaft</title>")
    return str(extract(page, URL, fetched_at=FETCHED)["title"])


def test_a_heading_linking_to_the_page_itself_is_the_headline() -> None:
    assert title_of(URL) == "Sparkasse startet Fanseite auf Facebook"


def test_a_heading_linking_elsewhere_is_no_headline() -> None:
    other = "http://www.wochenspiegel-nordheide.example/wirtschaft/1703-andere.html"
    assert title_of(other) != "Sparkasse startet Fanseite auf Facebook"
