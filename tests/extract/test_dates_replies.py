"""Comment sections by other names ("replies", "discussion", "Diskussion", Disqus,
trackbacks, "Reaktionen", "Leserkommentare") carry the readers' days, not the post's (issue
11's held-out kinds, rd3), on small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on


@pytest.mark.parametrize(
    "name",
    [
        "replies",
        "post-discussion",
        "diskussion",
        "disqus_thread",
        "trackbacks",
        "reaktionen",
        "leserkommentar",
    ],
)
def test_a_comment_section_by_another_name_is_no_date_line(name: str) -> None:
    body = (
        "<main><h1>Sparkasse senkt die Dispozinsen</h1><p>Die Sparkasse senkt zum Jahresende "
        "die Zinsen für den Dispositionskredit, wie sie am Montag mitteilte.</p>"
        f"<div class='{name}'><p>Anna schrieb am 20.11.2026:</p><p>Endlich!</p></div>"
        "<p class='meta'>10.11.2026 · Redaktion</p></main>"
    )
    assert published_on(body, "", "https://bank.example/news/dispozinsen") == "2026-11-10"
