"""A post's byline with the writer's login as one lower-case word ("Geschrieben von
moneypenny am 8. Oktober 1998 um 21:47:00:", "Posted by kurszettel, 11/22/2000; 6:03:21 PM")
is a date line like one with a full name, before the replies' days under the text (a board's
or a blog's post; issue 11, rd23's date round); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Bankaktien nachgekauft werden")
URL = "http://www.aktienbrett.example/board/messages/998.html"
REPLIES = (
    "<p><b>Antworten:</b></p><ul><li><a href='#'>Re: Bankaktien nachkaufen?</a> "
    "<b>Uwe aus Kassel</b> <i>9. Oktober 1998</i></li><li><a href='#'>Re: Bankaktien "
    "nachkaufen?</a> <b>kontofrei</b> <i>10/10/1998</i></li></ul>"
)


def _post(line: str) -> str:
    return (
        "<h1>Bankaktien nach dem Kurssturz nachkaufen?</h1>"
        "<p>[ <a href='#'>Antworten</a> ] [ <a href='#'>Aktienbrett</a> ]</p>"
        f"<p>{line}</p>{TEXT}{REPLIES}"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Geschrieben von moneypenny am 8. Oktober 1998 um 21:47:00:", "1998-10-08"),
        ("Posted by kurszettel, 10/08/1998 6:03:21 PM", "1998-10-08"),
        ("Verfasst von rheinländer_77 am 08.10.1998 um 21:47", "1998-10-08"),
    ],
)
def test_a_byline_with_a_login_is_a_date_line(line: str, expected: str) -> None:
    assert (published_on(_post(line), "", URL) or "")[:10] == expected


def test_a_sentence_after_the_login_is_still_no_date_line() -> None:
    # only the label and the one word leave the rest: a sentence around the date stays
    line = "Geschrieben von moneypenny, die seit dem Kurssturz am 8. Oktober 1998 viel verloren hat"
    assert (published_on(_post(line), "", URL) or "")[:10] != "1998-10-08"
