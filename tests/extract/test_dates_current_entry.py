"""The day of the list entry a page marks as itself (issue 11, session 52, from the
newsletters' misses): a newsletter archive beside the issue shown lists each issue with its
day and marks the one shown (``aria-current="page"`` on its link, or a class "is-active" on
its entry); that day is the page's, over a footer's "Stand", a meta date or an event's day
in the text. Small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

URL = "https://www.volksbank.example/newsletter/archiv/kundenbrief-april-2024.html"


def _page(entries: str, head: str = "") -> tuple[str, str]:
    body = (
        "<main><h1>Kundenbrief April: Neue App und Ihr Zinsupdate</h1>"
        f"{paragraphs('die neue App kommt')}<p>Die Vertreterversammlung findet am 18. April "
        "2024 statt.</p><p class='legal'>Konditionen: Stand 08.04.2024</p></main>"
        f"<aside><h2>Newsletter-Archiv</h2><ul class='archive'>{entries}</ul></aside>"
    )
    return body, head


OTHERS = (
    "<li><a href='/newsletter/archiv/kundenbrief-maerz-2024.html'><time>14.03.2024</time> "
    "Kundenbrief März</a></li><li><a href='/newsletter/archiv/kundenbrief-februar-2024.html'>"
    "<time>15.02.2024</time> Kundenbrief Februar</a></li>"
)


@pytest.mark.parametrize(
    "current",
    [
        "<li class='is-active'><time datetime='2024-04-11'>Versand am 11.04.2024</time>"
        "<span>Kundenbrief April</span></li>",
        "<li class='nav-item'><a class='nav-link' aria-current='page' href='/newsletter/archiv/"
        "kundenbrief-april-2024.html'><time>11.04.2024</time> Kundenbrief April</a></li>",
    ],
)
def test_the_entry_marked_as_the_page_shown_dates_it(current: str) -> None:
    body, head = _page(OTHERS + current, "<meta name='date' content='2024-04-20'>")
    assert (published_on(body, head, URL) or "")[:10] == "2024-04-11"


def test_an_entry_marked_with_two_days_dates_nothing() -> None:
    current = "<li class='active'>Kundenbrief April, 11.04.2024 (ersetzt 02.04.2024)</li>"
    body, head = _page(OTHERS + current)
    assert (published_on(body, head, URL) or "")[:10] != "2024-04-11"


def test_a_breadcrumb_s_current_item_is_the_headline_not_an_entry() -> None:
    # its day is the headline's reporting day, not the page's (session 54, dates_fc)
    body = (
        "<nav><ol class='breadcrumb'><li class='breadcrumb-item'><a href='/ir/'>Investor "
        "Relations</a></li><li class='breadcrumb-item active' aria-current='page'>"
        "Quartalsmitteilung zum 30. September 2024</li></ol></nav><main><h1>Quartalsmitteilung "
        "zum 30. September 2024: Bank wächst im Wertpapiergeschäft</h1>"
        f"<p class='date'>07.11.2024</p>{paragraphs('das Wertpapiergeschäft wächst')}</main>"
    )
    head = "<meta property='article:published_time' content='2024-11-07T07:00:00+01:00'>"
    assert (published_on(body, head, URL) or "")[:10] == "2024-11-07"
