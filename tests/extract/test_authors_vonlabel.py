""" "Von:" as a byline label ("Von: A · 12.10.2010 20:00" under a club's article; kind read
in de_full40, issue 11), on small invented pages; a "Von:" naming a place or a single word
is left alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "http://www.taubenverein-nordheim.example/articles/read.php?article_id=31"
TEXT = "".join(
    f"<p>Im {n}. Absatz geht es darum, wie die Sparkasse dem Verein ein Lesegerät für "
    "Karten leiht und wie die Kasse beim Fest ohne Bargeld auskommt.</p>"
    for n in range(1, 6)
)


def authors(line: str) -> list[str]:
    """The authors of an invented club article with ``line`` under its headline."""
    html = page_with(
        "<div id='kopf'><a href='/'>Taubenverein Nordheim</a></div><div class='article'>"
        f"<h1>Bargeldlos bei der Schau</h1><div class='date'>{line}</div>"
        f"<div class='body'>{TEXT}</div></div>",
        "<title>Bargeldlos bei der Schau</title>",
    )
    return list(extract(html, URL, fetched_at=FETCHED)["authors"])


def test_von_label_names_the_writer() -> None:
    assert authors("Von: Jonna Brevik · 12.10.2010 20:00") == ["Jonna Brevik"]


@pytest.mark.parametrize("line", ["Von: Nordheim · Nach: Südheim", "Von: admin · 12.10.2010"])
def test_other_von_lines_left_alone(line: str) -> None:
    assert authors(line) == []
