"""A block of other articles' link cards: a ``<div>``, ``<section>`` or ``<aside>`` holding
only an optional heading ("More articles", "Recommended") and two or more links, each a
headline ("<a><p>Headline</p><p>Read more</p></a>" or a bare "<a>Headline</a>"), into the
same site or nowhere (a card opened by a script): the page's pointers to other articles,
which trafilatura keeps as one run-together line or as lines of headlines under the text.
Lists of links are :func:`~newsarchive.extract.inline.drop_link_lists`'s."""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.text import fold


def drop_link_cards(tree: etree._Element, url: str) -> None:
    """Remove the blocks of link cards (:func:`is_card_block`) from ``tree``."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    doomed = [block for block in data.LINK_CARD_BLOCKS(tree) if is_card_block(block, host)]
    for block in doomed:
        if block.getparent() is not None:
            block.drop_tree()


def is_card_block(block: etree._Element, host: str) -> bool:
    """Whether ``block``'s children are an optional first heading and link cards only, with
    no text between them."""
    if (block.text or "").strip():
        return False
    children = [child for child in block if isinstance(child.tag, str)]
    if children and children[0].tag in data.HEADING_TAGS:
        children = children[1:]
    if len(children) < data.LINK_CARD_MIN_CARDS:
        return False
    return all(
        child.tag == "a" and not (child.tail or "").strip() and _is_card(child, host)
        for child in children
    )


def _is_card(link: etree._Element, host: str) -> bool:
    text = fold(link.text_content())
    if not data.LINK_CARD_MIN_CHARS <= len(text) <= data.LINK_CARD_MAX_CHARS:
        return False
    href = link.get("href") or ""
    if not href or (href.startswith("/") and not href.startswith("//")):
        return True
    if href.startswith(("#", "mailto:", "javascript:")):
        return False
    target = (urlsplit(href).hostname or "").lower().removeprefix("www.")
    return not target or (bool(host) and (target == host or target.endswith("." + host)))
