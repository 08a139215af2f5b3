"""A fediverse status head's display name over the account's full handle names the post's
writer ("Lena Roth" "@lena@social.example"; Mastodon, Akkoma, Misskey, Sharkey, GoToSocial),
read like a forum's member card (issue 11; data/credits ``MEMBER_STATUS``); small pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract

TEXT = paragraphs("die Sparkasse vor falschen SMS warnt")
URL = "https://social.example/notice/AbC93kQx7"


def _authors(name: str, replies: str = "") -> list[str]:
    body = (
        "<main><div class='status'><div class='status-head'>"
        f"<b>{name}</b> <span>@lena@social.example</span> <time>16.05.2023, 19:44</time></div>"
        f"<p class='status-subject'>Keine TAN an Fremde weitergeben</p>{TEXT}</div>"
        f"{replies}</main>"
    )
    head = "<title>Lena Roth: „Keine TAN an Fremde weitergeben“</title>"
    return extract(page_with(body, head), URL, fetched_at=FETCHED)["authors"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lena Roth", ["Lena Roth"]),
        ("Jonas Terwey-Brandt", ["Jonas Terwey-Brandt"]),
        ("span_und_schale", []),  # a nickname: no person
    ],
)
def test_display_name_over_handle(name: str, expected: list[str]) -> None:
    assert _authors(name) == expected


def test_the_status_head_before_a_reply() -> None:
    replies = (
        "<h3>Antworten</h3><ul><li><b>Heinz Holz</b> <span>@heinz@club.example</span>"
        " Danke!</li></ul>"
    )
    assert _authors("Lena Roth", replies) == ["Lena Roth"]
