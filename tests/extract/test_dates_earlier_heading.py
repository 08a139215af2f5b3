"""A heading of earlier or linked posts after the text ("Frühere Berichte:" under a homepage's
newest report, "Linked posts" under a changelog entry) opens a list of other posts' days: no
date line after it, as after "Weitere Meldungen" (issue 11, rd25's date round); small pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract import data

TEXT = paragraphs("das Clubdepot im März zugelegt hat")
URL = "http://www.boersenclub-heidmark.example/depot.htm"
META = "<meta property='article:published_time' content='1998-04-02'>"


def _report(heading: str, line: str = "") -> str:
    return (
        "<h1>Clubdepot im März</h1>"
        f"{line}{TEXT}<p>{heading}</p>"
        "<p><a href='vorstand.htm'>Neuer Vorstand bei der Raiffeisenbank</a></p><p>(10.03.1998)</p>"
        "<p><a href='uhr.htm'>Mit der Uhr an der Kasse bezahlen</a></p><p>(29.01.1998)</p>"
    )


@pytest.mark.parametrize(
    "heading", ["Frühere Berichte:", "Ältere Beiträge", "Linked posts", "Related articles"]
)
def test_no_date_line_after_a_heading_of_earlier_posts(heading: str) -> None:
    # (the list's first day would replace the metadata's, close to it)
    assert (published_on(_report(heading), META, URL) or "")[:10] == "1998-04-02"


def test_the_post_s_own_line_stands_before_the_heading() -> None:
    page = _report("Frühere Berichte:", "<p>Veröffentlicht am 02.04.1998</p>")
    assert (published_on(page, "", URL) or "")[:10] == "1998-04-02"


@pytest.mark.parametrize(
    "text", ["Frühere Berichte", "Linked posts:", "Previous posts", "Ältere Einträge"]
)
def test_earlier_headings(text: str) -> None:
    assert data.DATE_EARLIER_HEADING.fullmatch(text)


@pytest.mark.parametrize(
    "text", ["Frühere Berichte der Bank zeigten", "Posts", "Related", "Ältere Kunden"]
)
def test_no_earlier_heading(text: str) -> None:
    assert not data.DATE_EARLIER_HEADING.fullmatch(text)


def test_without_the_heading_the_list_s_day_stands() -> None:
    # the guard: the same page without the heading keeps the old reading
    assert (published_on(_report("Mehr:"), META, URL) or "")[:10] == "1998-03-10"
