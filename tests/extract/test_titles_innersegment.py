"""Titles "Project - Headline - Application" (a project tracker's news page: the headline
between the project's and the software's names, the project's name the banner's ``<h1>``),
issue 11, the dates_ah round; each on a small invented page."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import data, extract
from newsarchive.extract.headings import title_parts

URL = "http://werkstatt.tracker.example/news/17"
TEXT = "".join(
    f"<p>Im {n}. Absatz steht, was die neue Version beim Umwandeln der Zahlungsdateien "
    "besser macht und wo Fehler gemeldet werden.</p>"
    for n in range(1, 4)
)
HEADLINE = "Neue Version des Zahlungskonverters erschienen"


def tracker_page(title: str) -> bytes:
    body = (
        "<div id='header'><h1>Muster Werkstatt Zahlungskonverter</h1>"
        "<ul><li><a href='#'>Übersicht</a></li><li><a href='#'>News</a></li></ul></div>"
        f"<div id='content'><h2>{HEADLINE}</h2><p class='author'>Hinzugefügt von "
        f"<a href='#'>Jana Kielmann</a></p><div class='wiki'>{TEXT}</div></div>"
    )
    return page_with(body, f"<title>{title}</title>")


def title_of(page: bytes) -> str:
    return extract(page, URL, fetched_at=FETCHED)["title"]


def test_an_inner_segment_is_a_part_of_a_title_of_three_segments() -> None:
    parts = title_parts(["Projekt Alpha - Neue Version erschienen - Tracker"])
    assert parts["neue version erschienen"] == "Neue Version erschienen"


def test_the_headline_between_project_and_application_beats_the_banner() -> None:
    title = f"Muster Werkstatt Zahlungskonverter - {HEADLINE} - Projektbuch"
    assert title_of(tracker_page(title)) == HEADLINE


def test_without_inner_segments_the_banner_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "TITLE_PART_INNER_MIN_SEGMENTS", 99)
    parts = title_parts(["Projekt Alpha - Neue Version erschienen - Tracker"])
    assert "neue version erschienen" not in parts


BLOG_URL = "http://blog.freundeskreis-netz.example/user/ina/blog/1234"
BLOG_HEADLINE = "Mein erstes eigenes Girokonto bei der Sparkasse"


def _blog_page() -> bytes:
    body = (
        "<table><tr><td><font size='1'>Freundeskreis | Startseite | Suche | Blog</font></td>"
        "</tr><tr><td><font size='2'>Ina</font><br><font size='2'>Kategorien</font></td><td>"
        "<table><tr><td><font size='4'>Inas Blog</font></td></tr>"
        f"<tr><td><font size='3'>{BLOG_HEADLINE}</font></td></tr><tr><td>"
        "<p><font size='2'>Heute war ich endlich bei der Sparkasse und habe mein eigenes "
        "Girokonto aufgemacht, mit Karte und allem, was dazugehört.</font></p><p><font "
        "size='2'>Die Beraterin hat mir das Onlinebanking erklärt und die App gleich mit mir "
        "eingerichtet, das ging schneller als gedacht.</font></p></td></tr></table>"
        "</td></tr></table>"
    )
    title = f"<title>Freundeskreis-Netz Blogs - {BLOG_HEADLINE} - Inas Freundeskreis-Blog</title>"
    return page_with(body, title)


def test_a_hosted_blogs_headline_between_host_and_blog_is_the_part_shown() -> None:
    assert extract(_blog_page(), BLOG_URL, fetched_at=FETCHED)["title"] == BLOG_HEADLINE


def test_without_inner_segments_the_hosted_blogs_title_stays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(data, "TITLE_PART_INNER_MIN_SEGMENTS", 99)
    assert extract(_blog_page(), BLOG_URL, fetched_at=FETCHED)["title"] != BLOG_HEADLINE
