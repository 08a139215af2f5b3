"""A publication date shown without its year in the page's published-date element ("Di,
12.03., 17:35 Uhr", "Veröffentlicht: Donnerstag, 30. Dezember") is the page's day, in the
year nearest the day the metadata gives (with a weekday, the year whose calendar shows it);
a list's or a preview's yearless day is not (issue 11; session 64, read on dates_hj,
dates_fx, dates_gl). Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Banking-App umgestellt wird")
URL = "https://www.musterbote.example/lokales/artikel-4711.html"
MODIFIED = "<meta property='article:modified_time' content='{day}'>"


def _page(line: str, element: str = "time class='article__date article__date--published'") -> str:
    tag = element.split()[0]
    return (
        "<main><article><header><h1>Neue Banking-App: Kunden stehen am Schalter</h1>"
        f"<div class='meta'><{element}>{line}</{tag}></div></header>{TEXT}</article></main>"
    )


@pytest.mark.parametrize(
    ("line", "stamp", "expected"),
    [
        # the metadata names only the update, the day after
        ("Di, 12.03., 17:35 Uhr", "2024-03-13T16:40:11+01:00", "2024-03-12"),
        # a Thursday, 30 December: 2021 (in 2022 it was a Friday), before an update in January
        ("Veröffentlicht: Donnerstag, 30. Dezember", "2022-01-04T09:00:00+01:00", "2021-12-30"),
        # no weekday: the year nearest the metadata's day
        ("Veröffentlicht: 15. März", "2021-03-17T08:41:00+01:00", "2021-03-15"),
        # the same day: nothing to change
        ("Di, 12.03., 17:35 Uhr", "2024-03-12T17:35:00+01:00", "2024-03-12"),
        # a weekday no year near the metadata's shows: no day read
        ("Mittwoch, 12.03.", "2024-03-13T16:40:11+01:00", "2024-03-13"),
    ],
)
def test_a_yearless_published_date_takes_the_nearest_year(
    line: str, stamp: str, expected: str
) -> None:
    head = MODIFIED.format(day=stamp)
    assert (published_on(_page(line), head, URL) or "")[:10] == expected


@pytest.mark.parametrize(
    "element",
    [
        "span class='article__date article__date--updated'",  # an update's element
        "span class='teaser__date'",  # no publication's class
    ],
)
def test_a_yearless_day_in_another_element_is_not_read(element: str) -> None:
    head = MODIFIED.format(day="2024-03-13T16:40:11+01:00")
    assert (published_on(_page("Di, 12.03.", element), head, URL) or "")[:10] == "2024-03-13"


def test_a_preview_list_s_yearless_day_under_the_text_is_not_read() -> None:
    head = MODIFIED.format(day="2023-12-01T06:31:07+01:00")
    body = (
        f"<main><article><h1>Fintech-Freitag #87</h1>{TEXT}</article>"
        "<div class='archive'><div class='post-preview'><a href='/p/86'>Fintech-Freitag #86</a>"
        "<div class='post-date'>24. Nov.</div></div></div></main>"
    )
    assert (published_on(body, head, URL) or "")[:10] == "2023-12-01"
