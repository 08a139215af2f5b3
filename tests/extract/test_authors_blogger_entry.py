"""A Blogger post printed in the theme's "widget Blog" is the page's layout, not a sidebar
widget: the guest's byline at the top of the post counts over the owner's "Eingestellt von"
(session 46, read on de_full170; small invented pages)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

URL = "http://groschenblog.example/2008/04/tagesgeld-hopping.html"


def _page(entry_class: str, entries: int = 1) -> bytes:
    post = (
        f"<div class='{entry_class}'><h3 class='post-title'>Tagesgeld-Hopping lohnt sich kaum</h3>"
        "<div class='post-body'><div class='guest-byline'>Gastbeitrag von Miriam Faller</div>"
        f"{paragraphs('das Wechseln Zeit kostet')}</div><div class='post-footer'>"
        "<span class='post-author vcard'>Eingestellt von <span class='fn'>Groschenzähler</span>"
        "</span></div></div>"
    )
    return (
        "<html><head><meta charset='utf-8'><title>Groschenblog: Tagesgeld-Hopping lohnt sich "
        "kaum</title></head><body><div id='header'><h1><a href='/'>Groschenblog</a></h1></div>"
        f"<div id='main'><div class='widget Blog' id='Blog1'>{post * entries}</div></div>"
        "</body></html>"
    ).encode()


def test_the_guest_of_the_one_entry_in_a_widget_is_the_writer() -> None:
    assert extract(_page("post hentry"), URL, fetched_at=FETCHED)["authors"] == ["Miriam Faller"]


@pytest.mark.parametrize(("entry_class", "entries"), [("post", 1), ("post hentry", 2)])
def test_without_one_entry_the_widget_stays_a_part_with_other_names(
    entry_class: str, entries: int
) -> None:
    # (no hAtom entry, or two of them: the widget is not known as the page's post)
    found = extract(_page(entry_class, entries), URL, fetched_at=FETCHED)["authors"]
    assert found != ["Miriam Faller"]
