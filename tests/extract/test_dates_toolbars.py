"""A toolbar's date is no date line: a web archive's bar above an archived copy shows the
capture's day (issue 11, rd8: de_full20's kind); small pages written for the test."""

from __future__ import annotations

from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Volksbank ihre Kontopreise erhöht")
URL = "http://www.club.example/news.php?item.12"


def _page(bar: str) -> str:
    return (
        f"<div id='{bar}'><table><tr><td><a href='/'>Archiv</a></td>"
        "<td><a>Okt</a> · <b>13. November 2004</b> · <a>Dez</a></td></tr></table></div>"
        "<div class='caption'>Volksbank erhöht die Kontopreise</div>"
        f"<div class='smalltext'>Dienstag, 12. Oktober 2004 - 19:32</div>{TEXT}"
    )


def test_an_archive_toolbar_above_the_copy() -> None:
    assert (published_on(_page("wb-toolbar"), "", URL) or "")[:10] == "2004-10-12"


def test_the_same_bar_not_named_a_toolbar_still_counts() -> None:
    # the rule reads the part's name: an unnamed bar's date stays the nearest line
    assert (published_on(_page("top"), "", URL) or "")[:10] == "2004-11-13"
