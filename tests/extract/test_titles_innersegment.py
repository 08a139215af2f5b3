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
    title = f"Muster Werkstatt Zahlungskonverter - {HEADLINE} - Projektbuch"
    assert title_of(tracker_page(title)) == "Muster Werkstatt Zahlungskonverter"
    parts = title_parts(["Projekt Alpha - Neue Version erschienen - Tracker"])
    assert "neue version erschienen" not in parts
