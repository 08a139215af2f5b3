"""A comments' heading counts only after a sentence of the page: above the post, "Antworten"
is a link in its bar (a message board's "[ Antworten ] [ Antwort schreiben ]") and the post's
byline with its day under it stays the date line (issue 11, rd9: dates_af's message boards);
small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

URL = "http://www.boerse-forum.example/board/messages/412.html"
BAR = '<p>[ <a href="#f">Antworten</a> ] [ <a href="#p">Antwort schreiben</a> ]</p>'
POST = (
    "<p>Hallo zusammen, die Sparkasse hat die Gebühren für das Girokonto erhöht.<br>"
    "Lohnt sich ein Wechsel zu einer Direktbank, oder bleibt ihr bei der Filiale?</p>"
)


def replies(first: str, second: str) -> str:
    return (
        f'<p><a name="f">Antworten:</a></p><ul><li><a href="413.html">Re: Gebühren</a> '
        f'<b>kontofrei</b> <i>{first}</i></li><li><a href="414.html">Re: Gebühren</a> '
        f"<b>sparfuchs</b> <i>{second}</i></li></ul>"
    )


@pytest.mark.parametrize(
    ("byline", "listed", "expected"),
    [
        (
            "Geschrieben von moneypenny am 8. Oktober 1998 um 21:47:00:",
            ("9. Oktober 1998", "12. Oktober 1998"),
            "1998-10-08",
        ),
        (
            "Posted by kontofrei on May 23, 2000 at 08:12:00:",
            ("May 24, 2000", "May 27, 2000"),
            "2000-05-23",
        ),
    ],
)
def test_a_post_under_its_bar_with_a_replies_link(
    byline: str, listed: tuple[str, str], expected: str
) -> None:
    page = f"<h1>Gebühren fürs Girokonto</h1>{BAR}<p>{byline}</p>{POST}{replies(*listed)}"
    assert (published_on(page, "", URL) or "")[:10] == expected


def test_a_comments_heading_after_the_text_still_counts() -> None:
    # the post's day stands alone above; "Kommentare" after its sentences, then a comment
    comments = "<h3>Kommentare</h3><p>Gepostet von Felix am 23.07.2006 22:15</p>"
    page = (
        "<h1>Gebühren fürs Girokonto</h1><p>Dienstag, 18. Juli 2006</p>"
        f"<p>Die Bank hat die Gebühren erhöht.</p>{comments}"
    )
    assert (published_on(page, "", URL) or "")[:10] == "2006-07-18"
