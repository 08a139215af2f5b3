"""The other articles' list after the text, under its own heading ("Weitere Meldungen",
"Mehr zum Thema"), gives no date line (issue 11, rd4); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import paragraphs, published_on

TEXT = paragraphs("die Rechenzentren zusammengeführt werden")
URL = "http://www.report.example/web/news/genossenschaftsbanken-buendeln-rechenzentren"


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Weitere Meldungen", None),
        ("Mehr zum Thema:", None),
        # another heading leaves the list's first day the nearest date line ("Termine" heads
        # an events list since rd17: no date line under it either)
        ("Downloads", "2005-10-25"),
    ],
)
def test_no_date_line_under_the_other_articles_heading(heading: str, expected: str | None) -> None:
    page = (
        f"<div><h1>Genossenschaftsbanken bündeln Rechenzentren</h1>{TEXT}<b>{heading}</b>"
        "<table><tr><td>25.10.2005</td><td><a href='#'>Bank spendet für Kita</a></td></tr>"
        "<tr><td>22.10.2005</td><td><a href='#'>Azubis starten</a></td></tr></table></div>"
    )
    found = published_on(page, "", URL)
    assert (found or "")[:10] != "2005-10-25" if expected is None else found == expected


def test_such_a_heading_above_the_text_is_a_side_box() -> None:
    # "Letzte Beiträge" before any paragraph of the text: the post's own date line under it
    # stays a date line
    page = (
        "<div><h1>Was soll WhatsApp bringen?</h1><b>Letzte Beiträge</b>"
        "<p>Beitrag von bankkunde_71 » Sa 13. Jan 2018, 00:20</p>"
        f"{TEXT}</div>"
    )
    head = "<meta name='date' content='2018-01-20'>"  # (the thread's last change)
    assert (published_on(page, head, URL) or "")[:10] == "2018-01-13"
