"""Titles of posts whose headline element carries the post's day as a mark (issue 11), on
small invented pages: "[12.05.1998] Headline", "16.03.04: Headline", "Mo, 03.04.06 ·
Headline" and "Headline (07.08.07)" give the headline without the day; a day written out
stays."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

TEXT = "".join(
    f"<p>Im {n}. Absatz erzählt der Verein, wie die Mitglieder über die neuen Beiträge "
    "abgestimmt haben und was die Volksbank dazu sagt.</p>"
    for n in range(1, 4)
)
URL = "http://www.schuetzenverein-nordheide.example/aktuelles3.html"
HEADLINE = "Neue Beiträge ab dem Sommer"


def title_of(body: str, title: str = "Schützenverein Nordheide - Aktuelles") -> str:
    head = f"<title>{title}</title>"
    return str(extract(page_with(body, head), URL, fetched_at=FETCHED)["title"])


@pytest.mark.parametrize(
    "headline",
    [
        f"<h3><font size='2'>[12.05.1998]</font> {HEADLINE}</h3>",
        f"<h2>16.03.04: {HEADLINE}</h2>",
        f"<p class='newstitel'><span>Mo, 03.04.06</span> &middot; <b>{HEADLINE}</b></p>",
    ],
)
def test_a_day_opening_the_headline_is_cut(headline: str) -> None:
    assert title_of(f"<div id='content'>{headline}{TEXT}</div>") == HEADLINE


def test_a_day_in_brackets_closing_a_post_heading_under_the_banner_is_cut() -> None:
    body = (
        "<div id='header'><h1>Schützenverein Nordheide</h1></div>"
        f"<div id='main'><h2>{HEADLINE} (07.08.07)</h2>{TEXT}</div>"
    )
    assert title_of(body) == HEADLINE


def test_a_day_written_out_stays() -> None:
    headline = "1. Mai: Die Filiale bleibt geschlossen"
    assert title_of(f"<div id='content'><h2>{headline}</h2>{TEXT}</div>") == headline
