"""A relative stamp with its label, "Veröffentlicht vor 3 Jahren", whose tooltip gives the
day, reads as the labelled day ("Veröffentlicht 19.03.2024, 14:05 Uhr"); a tooltip's slashed
day whose order is certain, Drupal's "Fr, 08/22/2025 - 14:00", is a day too (issue 11,
session 61: dates 2 up on the read judges' tooltip pages, 0 down; dev unchanged). Small
invented pages."""

from __future__ import annotations

from extract_pages import paragraphs, published_on

URL = "https://www.finanzfenster-musterstadt.example/artikel/neue-banking-app"
TEXT = paragraphs("die neue Banking-App kommt", 4)


def test_the_label_before_a_relative_stamp_is_kept() -> None:
    """(The metadata names only the modification.)"""
    line = (
        "<span class='posted-on'><span class='published' itemprop='datePublished' "
        "title='19.03.2024, 14:05 Uhr'>Veröffentlicht vor 2 Jahren</span> · <span "
        "class='updated' itemprop='dateModified' title='20.11.2026, 10:12 Uhr'>Aktualisiert "
        "vor 6 Tagen</span></span>"
    )
    body = f"<main><article><h1>Neue Banking-App kommt</h1><p>{line}</p>{TEXT}</article></main>"
    head = "<meta property='article:modified_time' content='2026-11-20T09:12:37+00:00'>"
    assert (published_on(body, head, URL) or "")[:10] == "2024-03-19"


def test_a_certain_slashed_tooltip_day_is_read() -> None:
    line = "<span title='Fr, 08/22/2025 - 14:00'>vor 1 Jahr 3 Monate</span>"
    body = (
        f"<main><article><h1>Neue Banking-App kommt</h1><footer class='node__meta'>{line}"
        f"</footer>{TEXT}</article></main>"
    )
    assert (published_on(body, "", URL) or "")[:10] == "2025-08-22"
