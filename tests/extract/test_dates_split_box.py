"""A calendar-leaf date box beside the headline, day, month and year in elements of their own
("<span class='day'>17</span><span class='month'>FEB</span><span class='year'>2011</span>"),
is the date line (issue 11: rd12, from dates_ab's misses); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

from newsarchive.extract import data

TEXT = paragraphs("Banken auf Twitter schneller antworten")
URL = "https://www.klickraum.example/blog/comments/banken-twitter/"
COMMENTS = (
    "<div id='comments'><h3>2 Kommentare</h3><div class='comment'><p class='comment-meta'>"
    "Sparfuchs am 20.02.2011 um 09:45</p><p>Guter Beitrag, danke.</p></div></div>"
)


def _page(box: str) -> str:
    return (
        f"<div id='main'><div class='entry'>{box}<h1>Wie Banken Twitter nutzen</h1>"
        f"<p class='meta'>von <a>Lea Sonnleitner</a></p>{TEXT}</div>{COMMENTS}</div>"
    )


@pytest.mark.parametrize(
    "box",
    [
        "<div class='datebox'><span>17</span><span>FEB</span><span>2011</span></div>",
        "<div class='datetime'><span>17.</span><span>Februar</span><span>2011</span></div>",
    ],
)
def test_the_box_is_the_date_line(box: str) -> None:
    assert (published_on(_page(box), "", URL) or "")[:10] == "2011-02-17"


def test_far_from_the_headline_no_box() -> None:
    box = "<div class='datebox'><span>17</span><span>FEB</span><span>2011</span></div>"
    far = "<p>Blog</p><p>Archiv</p><p>Themen</p>"
    assert (published_on(_page(box + far), "", URL) or "")[:10] != "2011-02-17"


def test_switched_off_the_box_is_no_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "DATE_SPLIT_NODES", 0)
    box = "<div class='datebox'><span>17</span><span>FEB</span><span>2011</span></div>"
    assert (published_on(_page(box), "", URL) or "")[:10] != "2011-02-17"
