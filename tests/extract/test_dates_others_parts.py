"""A part headed as the other articles' ("Weitere Meldungen") carries their dates: its date
markup is not the page's, and the date line search stops at its heading even where the text
stands in a part the date rules pass over (a small firm's news page, its post in a news
widget under a section's ``<h1>``; issue 11, rd9: half AQ's kind); small pages written for
the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

URL = "https://www.steuerbuero-lindner.example/aktuelles/kassenbelege"
POST = (
    "<div class='cm-widget-news'><p class='cm-news-date'>18.11.2024</p>"
    "<h2>Neue Regeln für Kassenbelege ab Januar</h2>"
    + "".join(
        f"<p>Für kleine Betriebe ist der Aufwand mit den Belegen oft besonders hoch, sagt die "
        f"Kanzlei, und die neue Regel {n} gilt für alle Kassen ab dem ersten Januar.</p>"
        for n in range(3)
    )
    + "</div>"
)


def others(heading: str) -> str:
    items = "".join(
        f"<div class='news-item'><span class='news-date'>{d}</span><h3><a>Meldung</a></h3></div>"
        for d in ("09.11.2024", "20.10.2024")
    )
    return f"<section class='cm-more'><h2>{heading}</h2>{items}</section>"


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Weitere Meldungen", "2024-11-18"),
        # another heading leaves the list's first day as the page's date markup
        ("Termine", "2024-11-09"),
    ],
)
def test_the_other_articles_part(heading: str, expected: str) -> None:
    page = f"<main><h1>Aktuelles</h1>{POST}{others(heading)}</main>"
    assert (published_on(page, "", URL) or "")[:10] == expected
