"""A press release's dateline closed by a full stop after its place ("Bonn, 23.06.2009. Eine
neue Studie …") is a dateline like one with a dash (issue 11: rd4's b78da7b, re-judged by
rd5 on dates_ac); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Regionalbanken soziale Netzwerke nutzen")


def _release(lead: str) -> str:
    return (
        "<main><article><h1>Studie: Regionalbanken unterschätzen soziale Netzwerke</h1>"
        "<p class='byline'>Pressestelle · Stand: 24.02.2006</p>"
        f"<div class='teaser'>Wie nutzen Regionalbanken das Internet?</div><p>{lead}</p>{TEXT}"
        "</article></main>"
    )


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a press release's dateline closed by a full stop after its place
        (
            "Bonn, 23.06.2009. Eine neue Studie des Instituts hat Sparkassen untersucht.",
            "2009-06-23",
        ),
        ("Hohenmoor, 22. März 2006. Die Sparkasse hat ihre Filialen untersucht.", "2006-03-22"),
        # a date in a sentence after a stop is no dateline (no place before it)
        ("Am 23.06.2009. Eine neue Studie des Instituts hat Sparkassen untersucht.", None),
        ("Bonn, 23.06.2009. eine neue Studie des Instituts hat Sparkassen untersucht.", None),
    ],
)
def test_a_dateline_closed_by_a_full_stop_after_its_place(lead: str, expected: str | None) -> None:
    found = published_on(_release(lead), "", "https://www.institut.example/aktuelles/studie")
    assert (found or "")[:10] == (expected or "2006-02-24")
