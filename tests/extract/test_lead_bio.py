"""An author box under the headline is no teaser ("A is a senior reporter at …", "A covers …
for …"; read on en_aj, issue 11, session 28)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs

from newsarchive.extract import extract


@pytest.mark.parametrize(
    "bio",
    [
        "Alyssa Moreno is a senior reporter at Paybridge Wire covering venture funding.",
        "Dev Ramaswamy covers payments infrastructure and fintech startups for Paybridge Wire.",
    ],
)
def test_author_box_is_no_lead(bio: str) -> None:
    html = page_with(
        f"<h1>Bank opens branch</h1><div class='intro'><p>{bio}</p></div>"
        + paragraphs("die Bank eine Filiale eröffnet"),
        "<title>Bank opens branch</title>",
    )
    found = extract(html, "https://wire.example/bank-branch", fetched_at=FETCHED)
    assert bio not in found["lead"]
