"""A page that is one comment (a trading community's "comment-detail" article holding the
headline) names its own meta line "comment-meta": its day is the date line, not a table of
later trades beside it; comments elsewhere stay parts with other dates. Small pages written
for the test."""

from __future__ import annotations

from extract_pages import published_on

URL = "https://www.depotforum.example/w/wf65f505/kommentare/bankwerte-aufgestockt"
TRADES = (
    "<section class='trades'><h2>Letzte Trades</h2><table><tr><td>23.08.2024 11:15</td>"
    "<td>Nordbank AG</td><td>Kauf</td></tr></table></section>"
)
TEXT = (
    "<p>Ich habe heute die Position in europäischen Bankaktien aufgestockt und dafür einen"
    " Versicherer verkauft, die Cashquote liegt jetzt bei rund fünf Prozent.</p>"
)


def test_the_comment_page_s_own_meta_line_is_the_date() -> None:
    body = (
        "<main><article class='comment-detail'><h1>Bankwerte aufgestockt</h1>"
        "<p class='comment-meta'><a>DividendenDirk</a> · <span>19.08.2024 10:15</span></p>"
        f"<div class='comment-text'>{TEXT}</div></article>{TRADES}</main>"
    )
    assert (published_on(body, "", URL) or "")[:10] == "2024-08-19"


def test_comments_under_an_article_stay_other_parts() -> None:
    body = (
        "<main><article class='post'><h1>Bankwerte aufgestockt</h1>"
        f"<p class='byline'>Von Dirk Brand</p>{TEXT}"
        "<div class='comment-meta'>Leser am 19.08.2024 10:15</div></article></main>"
    )
    head = "<meta property='article:published_time' content='2024-08-23T09:00:00+02:00'>"
    assert (published_on(body, head, URL) or "")[:10] == "2024-08-23"
