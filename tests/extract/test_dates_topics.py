"""A date line naming the post's topic after its date ("Von plindqvist, 30.11.2004 · Thema:
Arbeitszeit") is still a date line: the topic's segment is no sentence (issue 11, rd8: half
AT's kind); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("der Betriebsrat die neue Arbeitszeit erklärt")
URL = "http://www.betriebsrat.example/aktuelles/88"
# the other articles' list after the text: the oldest day is htmldate's
MORE = "<ul><li>Sonntag, 24.10.2004: <a href='#'>Kiosk nimmt nur Bargeld</a></li></ul>"


@pytest.mark.parametrize(
    ("info", "expected"),
    [
        ("Von plindqvist, 30.11.2004 · Thema: Arbeitszeit", "2004-11-30"),
        ("30.11.2004 | Kategorie: Aus dem Betriebsrat", "2004-11-30"),
        # a sentence after the date is no topic: the line is not a date line
        ("Von plindqvist, 30.11.2004 · Die Sparkasse ändert die Arbeitszeit im Januar", "2004-10-24"),
    ],
)
def test_a_topic_after_the_date(info: str, expected: str) -> None:
    page = (
        "<h1>Betriebsrat aktuell</h1><p>Die Seiten des Betriebsrats</p>"
        f"<div class='article'><h2>Neue Arbeitszeit ab Januar</h2><p>{info}</p>{TEXT}{MORE}</div>"
    )
    assert (published_on(page, "", URL) or "")[:10] == expected
