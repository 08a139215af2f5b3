"""Body rules from de_full8's and en_e's misses, judged on de_full9 and en_f (issue 11, round of
helper rdf8): the kinds of page part read there, each on small invented pages, with what
the rule must leave alone."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with

from newsarchive.extract import extract

URL = "https://zeitung.example/wirtschaft/2026/03/12/sparkasse-kommentare/"
INTRO = "Die Sparkasse schließt sieben Filialen und antwortet auf jeden Kommentar auf Facebook."
TEXT = "".join(
    f"<p>Die Sparkasse erklärt in Absatz {n}, warum sie die Filialen schließt und wie "
    "Kundinnen und Kunden künftig Bargeld und Beratung bekommen sollen.</p>"
    for n in range(1, 5)
)


def _extract(html: str) -> dict[str, object]:
    return extract(page_with(html), URL, fetched_at=FETCHED)


@pytest.mark.parametrize(
    "under",
    [
        f'<p class="atc-IntroText">{INTRO}</p>',
        f'<div class="post-description">{INTRO}</div>',
        f'<p class="article-intro">{INTRO}</p>',
    ],
)
def test_an_intro_named_so_under_the_headline_is_the_lead(under: str) -> None:
    result = _extract(f"<main><article><h1>Sparkasse antwortet</h1>{under}{TEXT}</article></main>")
    assert result["lead"] == INTRO


def test_a_description_not_under_the_headline_is_no_lead() -> None:
    below = f'<div class="post-description">{INTRO}</div>'
    result = _extract(
        f"<main><article><h1>Sparkasse antwortet</h1>{TEXT}{below}</article></main>"
    )
    assert result["lead"] != INTRO


FORUM_POST = (
    '<article class="message"><div class="{sidebar}"><p class="username">kontoeule</p>'
    "<dl><dt>Beiträge</dt><dd>4.812</dd><dt>Reaktionspunkte</dt><dd>4665</dd></dl></div>"
    f'<div class="messageContent"><div class="messageText">{TEXT}</div>'
    '<p class="{note}">Zuletzt bearbeitet von „kontoeule“ (07.07.2026).</p>'
    '<div class="{signature}"><p>Moderation · Bitte beachtet die Forenregeln.</p></div>'
    '<div class="{reactions}">Reactions: ledgerfox, Priya_S and 214 others</div></div></article>'
)


@pytest.mark.parametrize(
    ("sidebar", "note", "signature", "reactions"),
    [
        ("messageSidebar", "messageFooterNote", "messageSignature", "reactionSummary"),
        ("message-cell--user", "message-lastEdit", "message-signature", "reactionsBar"),
    ],
)
def test_a_forum_posts_chrome_leaves_its_text(
    sidebar: str, note: str, signature: str, reactions: str
) -> None:
    post = FORUM_POST.format(sidebar=sidebar, note=note, signature=signature, reactions=reactions)
    body = str(_extract(f"<main><h1>Sparkasse schließt Filialen</h1>{post}</main>")["body"])
    assert "erklärt in Absatz 4" in body
    for chrome in ("Reaktionspunkte", "Zuletzt bearbeitet", "Forenregeln", "Reactions:"):
        assert chrome not in body
