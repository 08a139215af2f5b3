"""A post's meta line's own words are no sentence beside its date (issue 11, round rd30's
post_meta_line and drupal_slashed, re-judged on later blind sets and kept): two or more
writers joined in its byline, "Contributed by:" as a byline label, a clock time and a US zone
in it; and Drupal's "Thu, 10/08/1998 - 21:47" is month first. Small pages written for the
test: a board's post over its replies' days."""

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
    "line",
    [
        "Geschrieben von Reinhard Puttfarcken und Elke Meinecke am Donnerstag, 8. Oktober 1998",
        "Contributed by: kurszettel on Thursday, October 08 1998 @ 10:15 AM EST",
        "Thu, 10/08/1998 - 21:47",
    ],
)
def test_a_post_meta_line_is_a_date_line(line: str) -> None:
    assert (published_on(_post(line), "", URL) or "")[:10] == "1998-10-08"


@pytest.mark.parametrize(
    "line",
    [
        # two writers' names inside a sentence around the date: still no date line
        "Reinhard Puttfarcken und Elke Meinecke haben seit dem 8. Oktober 1998 viel verloren",
        # a slashed day with a clock but no Drupal dash stays ambiguous (not month first)
        "10/08/1998 21:47",
    ],
)
def test_no_date_line_without_the_meta_line_form(line: str) -> None:
    assert (published_on(_post(line), "", URL) or "")[:10] != "1998-10-08"
