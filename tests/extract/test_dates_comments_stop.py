"""The comments' heading after the text ends the date line search: a comment's labelled day
("Geschrieben am 17.03.2011") is not the post's (issue 11: rd12, from halves AR's and AQ's
misses); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract import data

TEXT = paragraphs("ein Depot für Einsteiger kein Hexenwerk ist")
URL = "http://geldmaus.blog.example/library/post/mein-erstes-depot.html"
PAGE = (
    "<div class='entry'><h1>Mein erstes Depot</h1><p class='meta'>15.03.2011</p>"
    f"{TEXT}<h3>Kommentare</h3><div class='reply'><p>Geschrieben am 17.03.2011 von Uwe</p>"
    "<p>Schöner Bericht, weiter so.</p></div></div>"
)


def test_the_post_line_is_the_date() -> None:
    assert (published_on(PAGE, "", URL) or "")[:10] == "2011-03-15"


def test_switched_off_the_comment_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "DATE_COMMENTS_STOP", False)
    assert (published_on(PAGE, "", URL) or "")[:10] == "2011-03-17"
