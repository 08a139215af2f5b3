"""A calendar's event time under its headline ("event-when", "event-date", "termin-datum") is
when the event happens, not the post's publication (issue 11; data/dates
``VISIBLE_DATE_SKIP_WORDS``); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("das Vereinskonto ab Januar Gebühren kostet")
URL = "https://kalender.verein.example/event/infoabend-vereinskonto"
LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article",'
    ' "headline": "Infoabend zum Vereinskonto", "datePublished": "2021-10-19T10:00:00+02:00"}'
    "</script>"
)


def _page(cls: str) -> str:
    return (
        f"<main><h1>Infoabend zum Vereinskonto</h1><div class='{cls}'>2. Nov. 2021, 18:00 Uhr"
        f"</div><div class='where'>Vereinsheim am Sportplatz</div>{TEXT}</main>"
    )


@pytest.mark.parametrize(
    "cls", ["event-when", "event-date", "tribe-event-date-start", "termin-datum", "eventdate"]
)
def test_event_time_is_no_date_line(cls: str) -> None:
    found = published_on(_page(cls), LD, URL)
    assert found is not None
    assert found[:10] == "2021-10-19"


def test_plain_line_under_headline_still_dates() -> None:
    # guard: the same line in a post's meta element stays the page's date line
    found = published_on(_page("post-meta"), LD, URL)
    assert found is not None
    assert found[:10] == "2021-11-02"
