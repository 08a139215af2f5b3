"""A box of the article's points under its own label, lost with the box.

A news page sets its key points in a box between the lead and the text
(``<div class="kasten"><h4>Auf einen Blick</h4><ul><li>…</li></ul></div>``,
``<aside class="summary">``, ``<div class="info-card"><strong>Das Wichtigste</strong>``):
trafilatura leaves the box out, points and all. :func:`summary_box_lists` notes such
lists before extraction, each with the paragraph right after its box;
:func:`~.lists.restore_lists` (``above``) puts the points back above that paragraph when
the body holds it and none of the points. The label stays out."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.parsing import element_text
from newsarchive.extract.text import fold


def summary_box_lists(tree: etree._Element) -> list[tuple[str, list[str]]]:
    """The lists that close a box opened by a summary label
    (:data:`~newsarchive.extract.data.SUMMARY_BOX_LABEL`), each with the start of the
    paragraph right after the box (its first
    :data:`~newsarchive.extract.data.SUBHEADING_KEY_CHARS` characters, folded)."""
    found = []
    for element in tree.iter("ul", "ol"):
        box = element.getparent()
        if box is None or element.getnext() is not None or not _labelled(element):
            continue
        items = _points(element)
        paragraph = _paragraph_after(box) if items else None
        if paragraph is not None:
            text = fold(element_text(paragraph))
            if len(text) >= 2 * data.SUBHEADING_KEY_CHARS:
                found.append((text[: data.SUBHEADING_KEY_CHARS], items))
    return found


def _labelled(element: etree._Element) -> bool:
    """True where the list's one sibling before it is a summary label opening the box."""
    label = element.getprevious()
    box = element.getparent()
    if label is None or label.getprevious() is not None or box is None:
        return False
    if (box.text or "").strip() or (label.tail or "").strip() or (element.tail or "").strip():
        return False
    if not isinstance(label.tag, str) or label.tag not in data.SUMMARY_BOX_LABEL_TAGS:
        return False
    text = fold(element_text(label))
    return len(text) <= 40 and bool(data.SUMMARY_BOX_LABEL.fullmatch(text))


def _points(element: etree._Element) -> list[str]:
    """The list's items, folded, where each is a point of text (no link, a sentence's
    length: :data:`~newsarchive.extract.data.SUMMARY_BOX_ITEM_CHARS`); else none."""
    if next(element.iter("a"), None) is not None:
        return []
    items = [fold(element_text(item)) for item in element.iterchildren("li")]
    low, high = data.SUMMARY_BOX_ITEMS
    if not low <= len(items) <= high or len(items) != len(element):
        return []
    shortest, longest = data.SUMMARY_BOX_ITEM_CHARS
    return items if all(shortest <= len(item) <= longest for item in items) else []


def _paragraph_after(box: etree._Element) -> etree._Element | None:
    """The ``<p>`` right after the box (climbing out of wrappers that hold only the box,
    entering up to :data:`~newsarchive.extract.data.SUMMARY_BOX_WRAPPERS` blocks that open
    with it; pictures skipped); else None."""
    node = box
    for _ in range(data.SUMMARY_BOX_WRAPPERS):
        parent = node.getparent()
        if node.getnext() is not None or parent is None or (parent.text or "").strip():
            break
        node = parent
    after = node.getnext()
    while after is not None and after.tag in data.OPENING_LIST_SKIPPED:
        after = after.getnext()
    if (node.tail or "").strip() or after is None or not isinstance(after.tag, str):
        return None
    for _ in range(data.SUMMARY_BOX_WRAPPERS):
        if after.tag == "p" or len(after) == 0 or (after.text or "").strip():
            break
        after = after[0]
    return after if after.tag == "p" else None


def summary_label(box: etree._Element) -> etree._Element | None:
    """The label of a box holding only a summary label and its list of points (an
    ``<aside>`` or a box's class the pruning drops: :func:`~.pruning.fact_label` opens it
    then, so the points stay in place); else None."""
    if len(box) != 2 or box[1].tag not in ("ul", "ol"):
        return None
    return box[0] if _labelled(box[1]) and _points(box[1]) else None
