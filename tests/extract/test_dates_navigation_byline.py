"""A post's byline in a list classed as navigation too (Ning's ``<ul class="navigation
byline">`` under the headline) is the post's date line, not a menu of other pages (half AD's
misses, issue 11); a navigation list without the byline's class stays skipped. Small pages
written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

URL = "https://netzwerk.example/profiles/blogs/mein-erstes-depot"
TEXT = (
    "<p>Für die Beschäftigten ändert sich im Alltag zunächst wenig, sagen die Fachleute.</p>"
    "<p>Ob sich der Aufwand für das neue Depot lohnt, wird sich erst in einem Jahr zeigen.</p>"
)
OTHERS = (
    "<div class='column'><h2>Weitere Blog-Beiträge</h2><ul>"
    "<li><a>Neue Vorständin</a><br><small>Gepostet von Ole Meyer am 11. März 2009</small></li>"
    "<li><a>Baukredite</a><br><small>Gepostet von Piet Brünjes am 7. März 2009</small></li>"
    "</ul></div>"
)


def _post(list_class: str) -> str:
    return (
        "<div class='post'><div class='headline'><h1>Wie ich mein erstes Depot eröffnet habe</h1>"
        f"<ul class='{list_class}'><li>Gepostet von Anja Reimers am 14. März 2009 um 21:15</li>"
        "<li><a>Alle Blog-Beiträge anzeigen</a></li></ul></div>"
        f"<div class='postbody'>{TEXT}</div></div>{OTHERS}"
    )


@pytest.mark.parametrize("list_class", ["navigation byline", "Byline nav", "nav dateline"])
def test_a_byline_classed_as_navigation_is_the_posts_line(list_class: str) -> None:
    assert published_on(_post(list_class), "", URL) == "2009-03-14T21:15:00+01:00"


def test_a_navigation_list_without_the_bylines_class_is_still_skipped() -> None:
    page = (
        "<ul class='navigation'><li>Archiv: 02.01.2009</li></ul>"
        "<h1>Wie ich mein erstes Depot eröffnet habe</h1>"
        f"<p class='meta'>Gepostet am 14. März 2009</p>{TEXT}"
    )
    assert published_on(page, "", URL) == "2009-03-14"
