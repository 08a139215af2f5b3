"""A site's own time zone: a UTC moment in the structured data that the page also gives
with its own offset (a ``<time datetime>``, ``article:published_time``) keeps that offset,
so a Halifax or Sydney blog's evening stays on the day its readers saw; a UTC moment alone
is German local time as before (issue 11, session 51; read on en_bn and en_bp)."""

from __future__ import annotations

import json

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "https://www.harbour-bank-notes.example/credit-union-snapchat/"


def page(utc: str, own: str = "", shown: str = "") -> bytes:
    """A post whose JSON-LD gives ``utc``; ``own`` the same moment as a ``<time>``'s datetime."""
    ld = json.dumps(
        {"@type": "BlogPosting", "headline": "Credit union on Snapchat", "datePublished": utc}
    )
    time = f"<time class='entry-time' datetime='{own}'>{shown}</time>" if own else ""
    return (
        f"<html><head><meta charset='utf-8'><script type='application/ld+json'>{ld}</script>"
        f"</head><body><main><article><h1>Credit union on Snapchat</h1><p>{time}</p>"
        f"{paragraphs('sie jetzt auf Snapchat setzt', 4)}</article></main></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("utc", "own", "shown", "day"),
    [
        # Halifax, 19:05 on the 12th: 23:05 UTC, past midnight in Germany
        (
            "2015-02-12T23:05:00+00:00",
            "2015-02-12T19:05:00-04:00",
            "February 12, 2015",
            "2015-02-12",
        ),
        # Sydney, 09:15 on 1 December: 22:15 UTC on 30 November, 23:15 in Germany
        ("2012-11-30T22:15:00+00:00", "2012-12-01T09:15:00+11:00", "1 December 2012", "2012-12-01"),
        # no own offset: German local time (23:30 UTC in summer is the next German day)
        ("2024-06-30T22:41:00Z", "", "", "2024-07-01"),
        # another moment with an offset is not this one's zone
        ("2015-02-12T23:05:00+00:00", "2015-02-10T08:00:00-04:00", "", "2015-02-13"),
    ],
)
def test_a_utc_moment_keeps_the_offset_the_page_gives_it(
    utc: str, own: str, shown: str, day: str
) -> None:
    published = extract(page(utc, own, shown), URL, fetched_at=FETCHED)["published"]
    assert published is not None
    assert published[:10] == day
