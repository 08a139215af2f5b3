"""A markup date read from a list item, where no metadata dates the page, defers to
htmldate's fast search when the page shows htmldate's day first (issue 11, rd32
:mod:`~newsarchive.extract.listdefer`); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract.listdefer import shown_before

TEXT = paragraphs("die Filiale im Ortskern bleibt")
URL = "http://www.abgeordnete-beispiel.example/presse/artikel/filiale-bleibt.html"
#: A side column's list of other items, each with a date-class day.
OTHERS = (
    "<div id='rand'><h3>Aus dem Landtag</h3><ul>"
    "<li><span class='date'>12.11.2004</span> <a href='#'>Haushaltsdebatte</a></li>"
    "<li><span class='date'>03.11.2004</span> <a href='#'>Besuch der Tafel</a></li></ul></div>"
)


@pytest.mark.parametrize(
    ("own", "expected"),
    [
        # the own day above the headline in a teaser-classed line: htmldate's day, shown first
        ("<p class='teaser-info'>Pressemitteilung · 25.11.2004</p>", "2004-11-25"),
        ("<p class='pm-meta'>Pressemitteilung | 25.11.2004 | Finanzen</p>", "2004-11-25"),
    ],
)
def test_a_list_items_markup_day_defers_to_the_day_shown_first(own: str, expected: str) -> None:
    page = f"<div id='haupt'>{own}<h1>Filiale im Ortskern bleibt</h1>{TEXT}</div>{OTHERS}"
    assert (published_on(page, "", URL) or "")[:10] == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        ([("Pressemitteilung · 25.11.2004", False), ("12.11.2004", False)], True),
        ([("Pressemitteilung · 25.11.2004", True), ("12.11.2004", False)], True),
        # guard: the list's day shown first (or htmldate's day nowhere): the list's day stands
        ([("12.11.2004", False), ("Pressemitteilung · 25.11.2004", False)], False),
        ([("12.11.2004", False), ("Termine", False)], False),
    ],
)
def test_htmldates_day_is_taken_only_when_shown_before_the_lists(
    texts: list[tuple[str, bool]], expected: bool
) -> None:
    assert shown_before(texts, "2004-11-25", "2004-11-12") is expected


def test_a_markup_day_outside_a_list_stands() -> None:
    # guard: the date-class element is no list item: no deferring
    page = (
        "<div id='haupt'><p class='teaser-info'>Pressemitteilung · 25.11.2004</p>"
        f"<h1>Filiale im Ortskern bleibt</h1><p><span class='date'>12.11.2004</span></p>"
        f"{TEXT}</div>"
    )
    assert (published_on(page, "", URL) or "")[:10] == "2004-11-12"
