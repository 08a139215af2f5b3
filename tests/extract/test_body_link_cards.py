"""A block of other articles' link cards under the text leaves before trafilatura (issue
11, linkcards.py, data/linkcards ``LINK_CARD_BLOCKS``): a heading and cards of headlines
("<a><p>Headline</p><p>Read more</p></a>", bare "<a>Headline</a>"); small invented pages."""

from __future__ import annotations

import pytest
from extract_pages import FETCHED, page_with, paragraphs
from lxml.html import fragment_fromstring

from newsarchive.extract.extraction import extract
from newsarchive.extract.linkcards import is_card_block

URL = "https://www.harbourbank.example/news/branch-hours"
HEADLINES = [
    "Coastal lender trims branch hours as app logins climb",
    "Savings rates tick higher for a fourth straight month",
    "What to ask before you open a children's account",
]


def _body(block: str) -> str:
    # the block set into the text's container, between its paragraphs
    html = (
        "<main><h1>Harbour Bank moves its helpdesk online</h1><div class='post-content'>"
        f"{paragraphs('der Helpdesk umzieht', 3)}{block}"
        "<p>Der Helpdesk antwortet künftig auch am Abend, sagt die Bank im 4. Absatz.</p>"
        "</div></main>"
    )
    return str(extract(page_with(html), URL, fetched_at=FETCHED)["body"] or "")


@pytest.mark.parametrize(
    "card",
    [
        "<a class='card' href='/news/{i}'><p>{h}</p><p>Read more</p></a>",
        "<a href='https://www.harbourbank.example/news/{i}'>{h}</a>",
        "<a class='card'>{h}</a>",
    ],
)
def test_a_block_of_headline_cards_leaves(card: str) -> None:
    cards = "".join(card.format(i=i, h=h) for i, h in enumerate(HEADLINES))
    body = _body(f"<div class='rail'><h3>Recommended</h3>{cards}</div>")
    assert "im 4. Absatz" in body
    assert not any(h in body for h in HEADLINES)


@pytest.mark.parametrize(
    "block",
    [
        # links to another site (sources, a regulator's pages)
        "<div>"
        + "".join(
            f"<a href='https://www.regulator.example/r/{i}'>{h}</a>"
            for i, h in enumerate(HEADLINES)
        )
        + "</div>",
        # a sentence with its links: text between them
        f"<div><a href='/a'>{HEADLINES[0]}</a> und <a href='/b'>{HEADLINES[1]}</a> erklären"
        " es.</div>",
        # a paragraph beside the links
        f"<div><p>Mehr dazu im Herbst.</p><a href='/a'>{HEADLINES[0]}</a>"
        f"<a href='/b'>{HEADLINES[1]}</a></div>",
        # a menu: short link texts
        "<div><a href='/'>Home</a><a href='/news'>News</a><a href='/about'>About us</a></div>",
    ],
)
def test_other_blocks_of_links_are_no_card_block(block: str) -> None:
    element = fragment_fromstring(block)
    assert not is_card_block(element, "harbourbank.example")
