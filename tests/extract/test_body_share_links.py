"""A share link set inside the text's blocks (a live blog's entries) leaves before the body
search, so that the entry it sits in keeps its text (issue 11, English body rules from
en_a-en_f's misses, judged on en_g and en_h); invented pages."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://paper.example/live/2026/nov/04/bank-hearing"
ENTRIES = [
    (
        "Consumer group testifies",
        "A consumer advocate said impostor scams had cost the members of her group about "
        "$12,000 since January.",
    ),
    ("Short break", "The session stopped for about half an hour while members went to vote."),
    (
        "Member asks about fees",
        "One member asked why account fees were not mentioned in any of the bank's twenty "
        "most watched videos.",
    ),
    (
        "Session opens",
        "The chair opened the hearing by saying that lenders had been far too slow to remove "
        "impostor accounts.",
    ),
]


def _live(tools: str) -> str:
    entries = "".join(
        f'<div class="live-entry"><h3>{head}</h3><p>{text}</p>{tools}</div>'
        for head, text in ENTRIES
    )
    page = page_with(f"<main><h1>Bank hearing: live</h1><div class='feed'>{entries}</div></main>")
    return str(extract(page, URL, fetched_at=FETCHED)["body"])


def test_every_live_entry_keeps_its_text_beside_a_share_link() -> None:
    body = _live('<div class="entry-tools"><a href="#">Share</a></div>')
    for _head, text in ENTRIES:
        assert text in body
    assert "Share" not in body


def test_a_link_with_other_words_stays() -> None:
    body = _live('<p>Read the <a href="/report">full report</a> on the bank hearing.</p>')
    assert "full report" in body
