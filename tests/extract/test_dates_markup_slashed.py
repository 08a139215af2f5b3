"""Date markup's ambiguous slashed day ("04/03/2024" in a press page's date span) is read in
the order the page's other slashed days show, teasers' too ("28/02/2024": day first), then
in its language's ("en-GB") (issue 11, session 52, from an English bank newsroom's miss).
Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://www.handelsbank.example/en/press/app-milestone"


def _published(teaser_day: str, lang: str = "en") -> str | None:
    page = (
        f"<html lang='{lang}'><head><meta charset='utf-8'></head><body><main><article>"
        "<h1>Handelsbank app passes one million users</h1><p class='pressmeta'>Press release | "
        "<span class='pressmeta__date'>04/03/2024</span></p>"
        f"{paragraphs('the app grows')}</article>"
        f"<aside><p class='teaser__pretitle'>Press release | {teaser_day}</p>"
        "<h3>Earlier news</h3></aside></main></body></html>"
    )
    day = extract(page.encode(), URL, fetched_at=FETCHED)["published"]
    return day[:10] if day else None


@pytest.mark.parametrize(
    ("teaser_day", "lang", "day"),
    [
        ("28/02/2024", "en", "2024-03-04"),  # the teasers write the day first
        ("02/28/2024", "en", "2024-04-03"),  # ... the month first
        ("01/02/2024", "en-GB", "2024-03-04"),  # they do not tell: a British page's locale
    ],
)
def test_a_slashed_markup_day_in_the_pages_order(teaser_day: str, lang: str, day: str) -> None:
    assert _published(teaser_day, lang) == day
