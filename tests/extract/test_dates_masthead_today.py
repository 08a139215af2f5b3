"""A masthead's day over the headline: a regional paper's header shows the reader's day
("Freitag, 4. Dezember 2026", the fetch's day) above an article the metadata dates months
earlier; a date line before the headline naming the fetch's day is no date line (session
35, read on blind de_full114, issue 11). Small invented pages; a day before the headline
that is not the fetch's stays a date line."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, published_on

URL = "https://www.lahngrund-bote.example/region/falsche-bankberater-instagram-93377.html"


def published(masthead: str) -> str | None:
    """The day of an invented page dated 2026-08-14 by its metadata, ``masthead`` in its
    header."""
    head = (
        "<title>Falsche Bankberater auf Instagram</title><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "headline": "Falsche Bankberater auf Instagram", '
        '"datePublished": "2026-08-14T11:02:00+02:00", '
        '"dateModified": "2026-08-14T15:31:00+02:00"}</script>'
    )
    body = (
        f"<div id='kopf'><span class='datum-heute'>{masthead}</span> <a href='/abo/'>Abo</a></div>"
        "<div id='inhalt'><div class='artikel'><h1>Falsche Bankberater auf Instagram</h1><div>"
        "<span class='autor'>Quelle: dpa</span> <span class='datum'>Aktualisiert: 14.08.2026, "
        f"15:31 Uhr</span></div>{ARTICLE}</div></div>"
    )
    day = published_on(body, head, URL)
    return day[:10] if day else None


@pytest.mark.parametrize(
    ("masthead", "day"),
    [
        ("Donnerstag, 26. November 2026", "2026-08-14"),  # the fetch's day (FETCHED)
        ("26.11.2026", "2026-08-14"),
        ("Freitag, 14. August 2026", "2026-08-14"),
    ],
)
def test_the_masthead_s_today_is_no_date_line(masthead: str, day: str) -> None:
    assert published(masthead) == day
