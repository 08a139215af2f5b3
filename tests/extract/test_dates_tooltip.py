"""A relative stamp whose tooltip gives the day ("<span title='12.04.2011 18:42'>vor 2
Tagen</span>", "3 days ago"): a forum's or a feed's date line reads the tooltip (issue 11,
session 43, read on cj and aq); a tooltip library's attribute over a compact age too
(Lemmy's "<span data-tippy-content='…'>9mo</span>"; session 44, read on en_z). Small
invented pages."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("das Schließfach in der Filiale sicher ist")
URL = "https://www.geldfragen-forum.example/frage/schliessfach-sicher"


def _page(stamp: str) -> str:
    return (
        "<main><h1>Wie sicher ist das Schließfach?</h1>"
        f"<div class='question'>{TEXT}<a class='age'>{stamp}</a></div>"
        "<div class='stream'><h3>Erste eigene Wohnung: Kaution anlegen</h3>"
        "<a class='age'>11.04.2011</a></div></main>"
    )


@pytest.mark.parametrize(
    "stamp",
    [
        "<span title='12.04.2011 18:42'>vor 2 Tagen</span>",
        "<span title='12. April 2011'>vor 2 Tagen</span>",
        "<abbr title='12.04.2011 18:42'>2 days ago</abbr>",
        "<span data-tippy-content='Tuesday, April 12, 2011 at 8:41 PM'>9mo</span>",
        "<span data-tippy-content='12.04.2011'>vor 2 Tagen</span>",
    ],
)
def test_a_relative_stamp_reads_its_tooltip(stamp: str) -> None:
    found = published_on(_page(stamp), "", URL)
    assert found is not None
    assert found[:10] == "2011-04-12"


def test_a_tooltip_without_a_day_is_not_read() -> None:
    # guard: a tooltip that names no full date ("Antwort ansehen") leaves the text as it is
    found = published_on(_page("<span title='Antwort ansehen'>vor 2 Tagen</span>"), "", URL)
    assert found is None or found[:10] != "2011-04-12"


def test_a_compact_age_without_a_tooltip_is_not_read() -> None:
    # guard: "9mo" alone names no day
    found = published_on(_page("<span>9mo</span>"), "", URL)
    assert found is None or found[:10] != "2011-04-12"
