"""A Ning network's blog post (issue 11, session 42): its menu is a list classed like a byline
("navigation byline": "Alle Blogbeiträge", "Meine Blogbeiträge"), its own line under the
title too ("Added by: A on 12. März 2010 at 16:05"), and a sidebar lists the members'
latest doings with relative times ("vor 2 Stunden"); on small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract
from newsarchive.extract.names import split_authors

URL = "https://azubis-im-bankwesen.example/profiles/blogs/unser-erstes-facebook-projekt"
TEXT = "".join(
    f"<p>Im {n}. Absatz erzählt der Azubi, wie das Team die Facebook-Seite der Bank aufgebaut "
    "und die ersten Beiträge geplant hat.</p>"
    for n in range(1, 5)
)
MENU = (
    "<ul class='navigation byline'><li><a href='/profiles/blog/list'>Alle Blogbeiträge</a></li>"
    "<li><a href='/profiles/blog/list?user=tw'>Meine Blogbeiträge</a></li></ul>"
)
LINE = (
    "<ul class='navigation byline'><li><a class='nolink'>Added by: </a><a href='/profile/tw'>"
    "Tobias Wendland (tw)</a><a class='nolink'> on 12. März 2010 at 16:05</a></li></ul>"
)
ACTIVITY = (
    "<div class='xg_module module_activity'><h2>Neueste Aktivitäten</h2><div class='activity-"
    "item'><a href='/profile/sa'>Sven Adler</a> ist der Gruppe beigetreten <span class='time'>"
    "vor 2 Stunden</span></div></div>"
)


def ning_page(menu: str = MENU) -> dict[str, object]:
    body = (
        f"<div id='xg_body'>{menu}<div class='xg_module xg_blog'><div class='xg_headline'>"
        f"<h1>Unser erstes Facebook-Projekt</h1>{LINE}</div><div class='xg_module_body'>{TEXT}"
        f"</div></div>{ACTIVITY}</div>"
    )
    page = page_with(body, "<title>Unser erstes Facebook-Projekt - Azubis im Bankwesen</title>")
    return extract(page, URL, fetched_at=FETCHED)


@pytest.mark.parametrize("menu", [MENU, ""])
def test_the_menu_classed_as_a_byline_is_no_byline(menu: str) -> None:
    assert ning_page(menu)["authors"] == ["Tobias Wendland"]


def test_the_post_line_gives_the_day_not_the_activity_feed() -> None:
    assert str(ning_page()["published"])[:10] == "2010-03-12"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Added by: Tobias Wendland on 12. März 2010 at 16:05", ["Tobias Wendland"]),
        ("Tobias Wendland on 3 March 2010", ["Tobias Wendland"]),
    ],
)
def test_added_by_and_a_day_after_the_name(byline: str, expected: list[str]) -> None:
    assert split_authors([byline])[0] == expected


def test_a_day_before_by_is_no_trailer() -> None:
    # "Published on … by A": the label is no name ("on" only closes a byline with no "by")
    assert "Published" not in split_authors(["Published on 2021-03-16 by tobias-w"])[0]
