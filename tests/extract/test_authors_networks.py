"""How blog networks, research portals and journals credit their writers (issue 11, rules
from half AD's and AC's misses, judged on halves AE, AF and AG): each rule on a small
invented page, the case it reads and the case it leaves alone."""

from __future__ import annotations

import pytest
from extract_pages import page_with
from test_authors_newsroom import TEXT, authors, page


def group_post(card: str) -> bytes:
    return page_with(
        "<div class='group'><h1>Bankvertrieb &amp; Social Media</h1><div class='post'>"
        f"<h2 class='post-title'>Social Media in der Sparkasse</h2>{card}"
        f"<div class='post-date'>14.03.2010</div><div class='post-text'>{TEXT}</div></div>"
        "<h3>1 Antworten</h3><div class='replies'><div class='post reply'><div class='user-card'>"
        "<a class='user-name'>Carola Timm</a></div><p>Danke für die offenen Worte.</p></div>"
        "</div></div>",
        "<title>Social Media in der Sparkasse - Bankvertrieb &amp; Social Media</title>",
    )


@pytest.mark.parametrize(
    ("card", "expected"),
    [
        # the poster's card: the name beside a badge and the position
        (
            "<div class='user-card'><img alt='' src='/u/a.jpg'><a class='user-name'>Nadine"
            " Ostermann</a><span class='badge'>Premium</span><p class='user-position'>Leiterin"
            " Onlinevertrieb, Kreissparkasse Wettau</p></div>",
            ["Nadine Ostermann"],
        ),
        # no card on the post: a reply's card names nobody
        ("", []),
    ],
)
def test_poster_cards(card: str, expected: list[str]) -> None:
    assert authors(group_post(card)) == expected
