"""A call to action set into the text whose button is a link styled as one (``<a
class="button">``, WordPress's ``wp-block-button__link``, Webflow's ``w-button``, Bootstrap's
``btn``): the box around it leaves before the body search, as
:func:`~newsarchive.extract.pruning.drop_button_boxes` removes a ``<button>``'s box."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.parsing import xpath
from newsarchive.extract.text import fold

#: The links whose class may name a button (tested token by token after this pre-filter).
_CANDIDATES = "//a[@class][contains(@class, 'button') or contains(@class, 'btn')]"


def button_link_boxes(tree: etree._Element) -> list[etree._Element]:
    """The boxes of the links styled as buttons: the largest ``div``, ``section`` or
    ``aside`` around the link, at most
    :data:`~newsarchive.extract.data.BUTTON_LINK_MAX_DEPTH` levels up (through the block
    editors' button wrappers), whose text stays within
    :data:`~newsarchive.extract.data.BUTTON_BOX_MAX_CHARS`, without the headline, in the text
    (inside an ``<article>`` or ``<main>``, beside a paragraph, or after a block holding
    paragraphs), and no more than half of its parent's text."""
    boxes: list[etree._Element] = []
    for link in xpath(tree, _CANDIDATES):
        classes = (link.get("class") or "").lower().split()
        if not any(data.BUTTON_LINK_CLASS.search(token) for token in classes):
            continue
        if len(fold(link.text_content())) > data.BUTTON_LINK_MAX_CHARS:
            continue  # (a teaser card styled as a button holds a headline and more)
        box = None
        for depth, ancestor in enumerate(link.iterancestors()):
            if (
                depth == data.BUTTON_LINK_MAX_DEPTH
                or ancestor.tag not in data.BUTTON_BOX_TAGS
                or ancestor.getparent() is None
            ):
                break
            if len(fold(ancestor.text_content())) > data.BUTTON_BOX_MAX_CHARS:
                break
            if next(ancestor.iter("h1"), None) is not None:
                break
            box = ancestor
        if box is not None and _in_text(box) and not _most_of_parent(box):
            boxes.append(box)
    return boxes


def _most_of_parent(box: etree._Element) -> bool:
    """True if ``box`` holds more than half of its parent's text: a short text's own block
    (one paragraph under a chart beside the box) would go with it, and the body search with
    it."""
    parent = box.getparent()
    if parent is None:
        return True
    return 2 * len(fold(box.text_content())) > len(fold(parent.text_content()))


def _in_text(box: etree._Element) -> bool:
    """True if ``box`` stands in the text: inside an ``<article>`` or ``<main>``, beside a
    paragraph, or right after a block holding paragraphs (a company blog's call to action
    set after the post's ``<section>``)."""
    if any(a.tag in ("article", "main") for a in box.iterancestors()):
        return True
    parent = box.getparent()
    if parent is not None and next(parent.iterchildren("p"), None) is not None:
        return True
    before = box.getprevious()
    return before is not None and next(before.iter("p"), None) is not None
