"""Subheadings a site builder wraps in a module of their own, lost with the module.

A site builder sets each subheading in its own block and the paragraph after it in the
next (``<div class="j-module j-header"><h2>…</h2></div><div class="j-module j-text"><p>…``,
Zoho's ``zpelem-heading``, Sitejet's ``ed-headline``, a reader's ``component _subtitle``):
trafilatura's fallbacks drop the heading, and :func:`~.pruning.subheadings` only sees a
paragraph that is the heading's own sibling. :func:`wrapped_subheadings` pairs such a
heading with the first paragraph of the next block, for
:func:`~.pruning.restore_subheadings`."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.parsing import element_text
from newsarchive.extract.text import drop_invisible, fold


def wrapped_subheadings(tree: etree._Element) -> list[tuple[str, str]]:
    """The subheadings alone in their block (up to
    :data:`~newsarchive.extract.data.WRAPPED_HEADING_DEPTH` wrappers), each with the start
    of the paragraph opening the next block."""
    return heading_pairs(tree, _next_block_paragraph)


def heading_pairs(
    tree: etree._Element, paragraph_of: Callable[[etree._Element], etree._Element | None]
) -> list[tuple[str, str]]:
    """Each subheading of ``tree`` with the start of the paragraph ``paragraph_of`` finds for
    it (:func:`subheading_pair`); headings it finds none for are left out."""
    found = []
    for heading in tree.iter(*data.HEADING_TAGS):
        paragraph = paragraph_of(heading)
        pair = None if paragraph is None else subheading_pair(heading, paragraph)
        if pair is not None:
            found.append(pair)
    return found


def _next_block_paragraph(heading: etree._Element) -> etree._Element | None:
    """The paragraph opening the block after the heading's wrapper (the heading its only
    child, no text beside it), entering up to the same depth of first children; else None."""
    if heading.getnext() is not None:
        return None
    node = heading
    for _ in range(data.WRAPPED_HEADING_DEPTH):
        parent = node.getparent()
        if parent is None or len(parent) != 1 or (parent.text or "").strip():
            return None
        if (node.tail or "").strip():
            return None
        node = parent
        after = node.getnext()
        if after is None:
            continue
        if (node.tail or "").strip() or not isinstance(after.tag, str):
            return None
        return opening_paragraph(after)
    return None


def opening_paragraph(node: etree._Element) -> etree._Element | None:
    """The paragraph ``node`` is or opens with (first children only, no text before them, up
    to :data:`~newsarchive.extract.data.WRAPPED_HEADING_DEPTH` deep); else None."""
    for _ in range(data.WRAPPED_HEADING_DEPTH + 1):
        if node.tag in data.SUBHEADED_TAGS:
            return node
        if len(node) == 0 or (node.text or "").strip() or not isinstance(node[0].tag, str):
            return None
        node = node[0]
    return None


def subheading_pair(heading: etree._Element, paragraph: etree._Element) -> tuple[str, str] | None:
    """A subheading's text and the start of the paragraph it heads (its first
    :data:`~newsarchive.extract.data.SUBHEADING_KEY_CHARS` characters, folded), when the
    heading is short enough and the paragraph long enough."""
    title = fold(drop_invisible(element_text(heading)))
    start = fold(element_text(paragraph))[: data.SUBHEADING_KEY_CHARS]
    if 0 < len(title) <= data.SUBHEADING_MAX_CHARS and len(start) >= data.SUBHEADING_KEY_CHARS:
        return title, start
    return None
