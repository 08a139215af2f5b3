"""A post's footer naming its poster before the day ("Posted by hkessler at 10:40 PM on May
30, 2005") is the posting's label: it comes before a nearer unlabelled day (a clipped
source's "Aus: Finanzticker Nord – 28.05.2005"), but not after the comments' heading, where
it is a comment's, nor where several such lines follow the text (the comments' bylines
without a heading) (issue 11, rd34 :data:`~newsarchive.extract.data.DATE_POSTED_BY`); small
pages written for the test."""

from __future__ import annotations

import pytest
from lxml import html

from newsarchive.extract.dateline import visible_date

TEXT = (
    "<p>In meinen Abonnements tauchen immer öfter Weblogs von Banken auf, bisher vor allem"
    " aus den USA, und die Kunden loben sie dafür.</p>"
)


def _page(footer: str, between: str = "") -> str:
    return (
        "<html><body><h1>Banken entdecken das Weblog</h1>"
        f"{TEXT}<p>Aus: Finanzticker Nord – 28.05.2005</p>{between}<p>{footer}</p>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the poster's footer comes before the nearer clipped source's day
        (_page("Posted by hkessler at 10:40 PM on May 30, 2005 | Permalink"), "2005-05-30"),
        (_page("Posted by Anna Berg on May 30, 2005"), "2005-05-30"),
        (_page("Geschrieben von admin um 22:40 Uhr am 30.05.2005"), "2005-05-30"),
        # guards: after the comments' heading, a comment's footer
        (_page("Gepostet von Felix am 30.05.2005 22:15", "<h3>Kommentare</h3>"), "2005-05-28"),
        # ... after the text, several such lines without a heading: the comments' bylines
        (
            _page("Gepostet von Anna am 02.06.2005", "<p>Gepostet von Felix am 30.05.2005</p>"),
            "2005-05-28",
        ),
        # ... a sentence naming a poster is no footer
        (_page("Ein Leser hat uns das am 30.05.2005 geschrieben"), "2005-05-28"),
    ],
)
def test_a_posted_by_footer_is_the_posting_label(page: str, expected: str) -> None:
    assert (visible_date(html.document_fromstring(page)) or "")[:10] == expected
