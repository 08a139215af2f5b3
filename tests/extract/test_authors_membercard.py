"""A community post's member card (avatar, full name, badge) over the post names its writer
where nothing else does (`members.member_card`; kind read in halves AS, AU and AD, issue
11); a card after the post's text (a commenter's) names nobody."""

from __future__ import annotations

from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://community.hafenbank.example/post/idee-spartoepfe"
TEXT = "".join(
    f"<p>Im {n}. Absatz beschreibe ich, warum die Hafenbank digitale Spartöpfe anbieten sollte "
    "und wie andere Banken das in ihren Apps inzwischen gelöst haben.</p>"
    for n in range(1, 5)
)
CARD = (
    "<div class='hb-member'><img src='/a.png' alt=''><span class='hb-name'>Malte Grünfeld</span>"
    "<span class='hb-badge'>Top-Beitragender</span></div>"
)


def authors(before: str, after: str) -> list[str]:
    html = page_with(
        f"<main class='hb-post'>{before}<h1>Idee: Spartöpfe in der App</h1>{TEXT}{after}</main>",
        "<title>Idee: Spartöpfe in der App</title>",
    )
    return extract(html, URL, fetched_at=FETCHED)["authors"]


def test_the_card_over_the_post_names_the_writer() -> None:
    assert authors(CARD, "") == ["Malte Grünfeld"]


def test_a_card_after_the_text_names_nobody() -> None:
    assert authors("", CARD) == []
