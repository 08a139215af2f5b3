"""A magazine's side column announces its next issue ("Nächste Ausgabe – erscheint am
12.11.2004"): a later day, not the article's date line (dates_y's misses, issue 11, rd2's
second date round); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Beratung per Video jetzt ausgewertet wird")
URL = "https://www.fachmagazin.example/index.php?kat=12&artikel=9971286"


def _page(kicker: str, column: str) -> str:
    return (
        f"<div id='inhalt'><p class='kopf'>{kicker}</p><h1>Beratung per Video: erste Bilanz</h1>"
        f"{TEXT}</div><div id='spalte'><h3>In dieser Ausgabe</h3><ul><li><a href='#'>Sparkasse "
        f"ehrt Kunden</a></li></ul>{column}</div>"
    )


@pytest.mark.parametrize(
    "column",
    [
        "<h3>Nächste Ausgabe</h3><p>erscheint am 12.11.2004</p>",
        "<p>Die nächste Ausgabe erscheint voraussichtlich am 12. November 2004.</p>",
        "<h3>Nächste Ausgabe</h3><p>12.11.2004</p>",
        "<p>Next issue: November 12, 2004</p>",
    ],
)
def test_the_next_issues_day_is_not_the_articles(column: str) -> None:
    # the kicker's line names the issue and department too, so it is no date line of its own
    page = _page("13.10.2004 | Ausgabe 10/2004 | Vertrieb und Steuerung", column)
    # ... and a date line would replace the metadata's day (a month before)
    head = "<meta property='article:published_time' content='2004-10-13T09:00:00+02:00'>"
    assert (published_on(page, head, URL) or "")[:10] == "2004-10-13"


def test_an_issue_that_appeared_is_still_the_date() -> None:
    page = _page("Vertrieb", "<p>Erschienen am 13.10.2004</p>")
    assert (published_on(page, "", URL) or "")[:10] == "2004-10-13"
