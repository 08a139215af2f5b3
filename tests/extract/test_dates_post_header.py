"""A forum post's header over its subject (phpBB: the poster, "Beiträge: 212", "Verfasst
am: 16.10.2007, 20:15", then the subject as the headline), the replies' headers of the same
label after the text: the post's own day, not the first reply's (issue 11, session 42;
``data.DATE_LABEL_HEAD_BEFORE``). Small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import ARTICLE, published_on

URL = "https://www.schuetzenverein-nordtal.example/forum/viewtopic.php?t=812"


def thread(replies: int) -> str:
    """A thread page opened by one post, with ``replies`` replies dated a day apart."""
    answers = "".join(
        f"<div class='post'><b>Mitglied{n}</b><div>Verfasst am: {17 + n}.10.2007</div>"
        "<p>Bei uns ist das genauso.</p></div>"
        for n in range(replies)
    )
    return (
        "<div class='topic'><div class='post'><b>Karsten Holm</b><div>Beiträge: 212</div>"
        "<div>Verfasst am: 16.10.2007, 20:15</div><h2>Sparkasse will Gebühren für Münzgeld</h2>"
        f"{ARTICLE}</div>{answers}</div>"
    )


@pytest.mark.parametrize("replies", [1, 3])
def test_the_posts_header_over_its_subject_dates_the_thread(replies: int) -> None:
    head = "<title>Sparkasse will Gebühren für Münzgeld - Schützenverein Nordtal</title>"
    assert (published_on(thread(replies), head, URL) or "")[:10] == "2007-10-16"
