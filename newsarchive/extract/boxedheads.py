"""Subheadings whose paragraph sits in a box of its own right after them, lost with it.

A live blog or a feed sets each entry's heading and then its text in a wrapper
(``<h3 class="lb-entry__title">…</h3><div class="lb-entry__body"><p>…``):
:func:`~.pruning.subheadings` only sees a paragraph that is the heading's own sibling and
:func:`~.wrappedheads.wrapped_subheadings` a heading alone in its wrapper, so trafilatura's
fallbacks drop the heading. :func:`boxed_subheadings` pairs such a heading with the first
paragraph of the box after it, for :func:`~.pruning.restore_subheadings`."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.wrappedheads import heading_pairs, opening_paragraph


def boxed_subheadings(tree: etree._Element) -> list[tuple[str, str]]:
    """The subheadings followed by a box (:data:`~.data.BOXED_HEADING_BOXES`) that opens,
    up to :data:`~.data.WRAPPED_HEADING_DEPTH` first children deep, with a paragraph."""
    return heading_pairs(tree, _box_paragraph)


def _box_paragraph(heading: etree._Element) -> etree._Element | None:
    """The paragraph opening the box right after ``heading`` (no text between them); else
    None."""
    box = heading.getnext()
    if box is None or box.tag not in data.BOXED_HEADING_BOXES or (heading.tail or "").strip():
        return None
    return opening_paragraph(box)
