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


def space_post(sign: str) -> bytes:
    return page_with(
        "<div id='space'><p class='space-name'>pohlmann's posterous</p><p>Links, Notizen,"
        " Fundstücke</p></div><div class='post'><h2>Sparkasse twittert – und keiner antwortet</h2>"
        f"<div class='date'>9. Februar 2010</div><div class='body'>{TEXT}{sign}</div>"
        "<div class='posterous_autopost'>Gepostet via E-Mail · <a>1 Antworten</a></div>"
        "<div class='responses'><h3>Antworten</h3><div class='response'><b>@kundenservicefan</b>"
        " <span class='time'>9. Februar 2010</span><p>Die lesen bestimmt mit.</p></div></div>"
        "</div><div class='sidebar'><h3>Über diesen Space</h3><p>Dieser Space gehört Lars"
        " Pohlmann, Journalist in Köln.</p></div>",
        "<title>Sparkasse twittert – und keiner antwortet - pohlmann's posterous</title>",
    )


@pytest.mark.parametrize(
    ("sign", "expected"),
    [
        # the owner's first name signs the post before the responses, completed by the page
        ("<p>– Lars</p>", ["Lars Pohlmann"]),
        # unsigned: nobody
        ("", []),
    ],
)
def test_signature_before_responses(sign: str, expected: list[str]) -> None:
    assert authors(space_post(sign)) == expected
