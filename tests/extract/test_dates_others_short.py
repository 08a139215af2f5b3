"""The other articles' list after a text of short paragraphs, or of a post printed in a part
passed over (a news "widget"), gives no date line either, and its date markup is not the
page's (issue 11, rd11, from dates_ai's and AQ's misses); small pages written for the test."""

from __future__ import annotations

import pytest
from extract_pages import published_on

URL = "https://www.kredit.example/aktuelles/tausendster-kredit"
# four paragraphs of fewer than 100 characters each (none long enough alone)
SHORT = "".join(
    f"<p>Der Fonds hat im {n}. Quartal mehr Kredite an Gründerinnen vergeben als je zuvor.</p>"
    for n in range(1, 5)
)
OTHERS = (
    "<h2>{heading}</h2><ul><li><span class='date'>04.02.2025</span> <a href='#'>Neue Gebühren"
    "</a></li><li><span class='date'>29.01.2025</span> <a href='#'>Bank spendet</a></li></ul>"
)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Weitere Meldungen", "2025-02-18"),
        # another heading leaves the list's first day the nearest date line
        ("Unsere Partner", "2025-02-04"),
    ],
)
def test_short_paragraphs_then_the_other_articles(heading: str, expected: str) -> None:
    page = (
        "<main><p class='meta'><span>18. Februar 2025</span> · <span>Neuigkeiten</span></p>"
        f"<h1>Fonds vergibt tausendsten Kredit</h1>{SHORT}{OTHERS.format(heading=heading)}</main>"
    )
    assert (published_on(page, "", URL) or "")[:10] == expected


def test_link_titles_after_the_headline_are_no_text() -> None:
    # a side box of short link titles after the headline, before the post: its heading
    # stays no stop, the post's date line under it is read
    links = "".join(f"<li><a href='#'>Beitrag Nummer {n}</a></li>" for n in range(8))
    page = (
        f"<div><h1>Was soll WhatsApp bringen?</h1><h3>Weitere Beiträge</h3><ul>{links}</ul>"
        f"<p>Beitrag von bankkunde_71 am 13.01.2018</p>{SHORT}</div>"
    )
    head = "<meta name='date' content='2018-01-20'>"
    assert (published_on(page, head, URL) or "")[:10] == "2018-01-13"
