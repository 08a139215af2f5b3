"""A press release's dateline ("CHARLOTTE, N.C., April 2, 2024 /PRNewswire/ --") dates the
release where a bank's newsroom posted it later or moved it to a new site: the post's own
day is the newsroom's. Issue 11, session 55: 2 read judges' dates up (English wire
releases), none down. Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

URL = "https://newsroom.harbor-savings.example/2024/05/money-mondays/"
POSTED = "<meta property='article:published_time' content='2024-05-20T16:12:09+02:00'>"


def published(opening: str) -> str | None:
    """The day of a newsroom post of 20 May 2024 whose text opens with ``opening``."""
    page = page_with(
        "<main><article><h1>Harbor Savings Launches Money Mondays</h1>"
        f"<p>{opening} Harbor Savings Bank today introduced a weekly video series.</p>"
        f"{paragraphs('die Bank Videos dreht', 4)}</article></main>",
        POSTED,
    )
    return extract(page, URL, fetched_at=FETCHED)["published"]


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("CHARLOTTE, N.C., April 2, 2024 /PRNewswire/ --", "2024-04-02"),
        ("ASHTABULA, Ohio (March 5, 2024) –", "2024-03-05"),
        ("FRANKFURT, 5. März 2024 /PRNewswire/ --", "2024-03-05"),
    ],
)
def test_an_earlier_release_dateline_dates_the_release(opening: str, day: str) -> None:
    assert (published(opening) or "")[:10] == day


def test_a_dateline_of_the_post_s_own_day_keeps_its_time() -> None:
    assert published("CHARLOTTE, N.C., May 20, 2024 /PRNewswire/ --") == (
        "2024-05-20T16:12:09+02:00"
    )
