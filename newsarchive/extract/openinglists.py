"""A list of points that opens the article's text (a blog's or a news page's key points:
``<div class="BlogBody"><ul><li>…</li></ul><p>…``), which trafilatura leaves out: the list
is its block's first element, each item a sentence, a paragraph of text right after it
(a picture between allowed). :func:`opening_lists` notes such lists before extraction,
:func:`~.lists.restore_lists` (``above``) puts their items back above that paragraph when
the body holds it and none of the items (as it puts a list back under its paragraph)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.lists import sentence_lists


def opening_lists(tree: etree._Element) -> list[tuple[str, list[str]]]:
    """The lists of sentences that open their block, each with the start of the paragraph
    right after it (its first :data:`~newsarchive.extract.data.SUBHEADING_KEY_CHARS`
    characters, folded)."""
    return sentence_lists(tree, _opens_its_block, _paragraph_after)


def _opens_its_block(element: etree._Element) -> bool:
    """True for an element that is its parent's first child, with no text before it."""
    parent = element.getparent()
    return element.getprevious() is None and parent is not None and not (parent.text or "").strip()


def _paragraph_after(element: etree._Element) -> etree._Element | None:
    """The ``<p>`` right after ``element``, only pictures (and no text) between; else None."""
    node = element
    while not (node.tail or "").strip():
        after = node.getnext()
        if after is None or not isinstance(after.tag, str):
            return None
        if after.tag == "p":
            return after
        if after.tag not in data.OPENING_LIST_SKIPPED:
            return None
        node = after
    return None
