"""A community post's member card: the avatar and the member's full name over the post,
with no byline word (:data:`~.data.MEMBER_CARD_CLASS_PARTS`)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylines import in_outside_part
from newsarchive.extract.index import with_class
from newsarchive.extract.names import is_account
from newsarchive.extract.parsing import element_text


def member_card(tree: etree._Element) -> list[str]:
    """The full name in the first member card before the post's first long paragraph (the
    card or its parent holding an image), outside navigation, sidebars and comments; else
    nobody."""
    cards = with_class(tree, data.MEMBER_CARD_CLASS_PARTS)
    if not cards:
        return []
    first_text = _first_long_paragraph(tree)
    for _, card in cards:
        if first_text is not None and not _before(card, first_text):
            break
        holder = card if card.find(".//img") is not None else card.getparent()
        if holder is None or holder.find(".//img") is None or in_outside_part(card):
            continue
        for element in card.iter(etree.Element):
            name = element_text(element)
            if data.BYLINE_NAME.fullmatch(name) and " " in name and not is_account(name):
                return [name]
    return []


def _first_long_paragraph(tree: etree._Element) -> etree._Element | None:
    """The page's first paragraph of :data:`~.data.MEMBER_CARD_TEXT_CHARS` or more."""
    for p in tree.iter("p"):
        if len(element_text(p)) >= data.MEMBER_CARD_TEXT_CHARS:
            return p
    return None


def _before(element: etree._Element, other: etree._Element) -> bool:
    """True if ``element`` starts before ``other`` in document order."""
    for node in element.getroottree().getroot().iter(etree.Element):
        if node is element:
            return True
        if node is other:
            return False
    return False
