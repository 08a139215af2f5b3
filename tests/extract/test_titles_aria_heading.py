"""A bank's news detail whose headline is an element ARIA names a heading (``<div
class='news__headline' role='heading'>``) under the page kind's ``<h1>`` ("Aktuelles") and
metadata titles naming only that kind; the list of other news under "Weitere Meldungen"
(a headline class too) is never the title (session 46, read on de_full169; small invented
pages)."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, paragraphs

from newsarchive.extract import extract

HEADLINE = "Weltspartag: Sparkasse verzeichnet Rekord bei Kinderkonten"
HEAD = (
    "<title>Aktuelles - Sparkasse Musterstadt</title><meta property='og:title' content='Aktuelles'>"
)
OTHERS = (
    "<section><h2 class='if6_headline'>Weitere Meldungen</h2><ul><li><span>16.10.2026</span> "
    "<a href='/aktuelles/sb.html'>Neue SB-Filiale eröffnet</a></li></ul></section>"
)


def _title(heading: str) -> str:
    page = (
        f"<html><head><meta charset='utf-8'>{HEAD}</head><body>"
        "<div class='stage'><h1 class='if6_headline'>Aktuelles</h1></div><main>"
        f"<div class='news-detail'><span>30.10.2026</span>{heading}"
        f"{paragraphs('die Kinder sparen')}</div>{OTHERS}</main></body></html>"
    )
    url = "https://www.sparkasse-musterstadt.example/aktuelles/weltspartag.html"
    return str(extract(page.encode(), url, fetched_at=FETCHED)["title"])


@pytest.mark.parametrize(
    "heading",
    [
        f"<div class='news-detail__headline' role='heading' aria-level='2'>{HEADLINE}</div>",
        f"<h2 class='news-detail__headline'>{HEADLINE}</h2>",
    ],
)
def test_the_news_detail_s_heading_is_the_title(heading: str) -> None:
    assert _title(heading) == HEADLINE


def test_a_list_s_heading_is_never_the_title() -> None:
    # the news detail's headline is a plain <div>: not the list's heading
    assert _title(f"<div>{HEADLINE}</div>") != "Weitere Meldungen"
