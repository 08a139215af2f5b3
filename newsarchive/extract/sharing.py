"""Share links set inside the text's blocks (:data:`~newsarchive.extract.data.SHARE_LINK_LABEL`):
removed before trafilatura's body search, which would otherwise drop the block they sit in
(a live blog's entry) as navigation."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.text import fold

#: The boxes a share link may stand in (itself included).
_BOXES = frozenset({"a", "div", "span", "p", "li", "ul"})


def drop_share_links(tree: etree._Element) -> None:
    """Remove each share link (an ``<a>`` whose text is a share label) with the largest box
    around it that holds nothing else, when that box stands beside other text in its parent
    (an entry's paragraphs); the box's tail stays."""
    for link in list(tree.iter("a")):
        text = "".join(link.itertext())
        if not text or len(text) > data.SHARE_LINK_MAX_CHARS:
            continue
        label = fold(text)
        if not data.SHARE_LINK_LABEL.fullmatch(label):
            continue
        box = link
        parent = box.getparent()
        while (
            parent is not None
            and parent.tag in _BOXES
            and fold("".join(parent.itertext())) == label
        ):
            box, parent = parent, parent.getparent()
        if parent is None or len(fold("".join(parent.itertext()))) <= len(label):
            continue
        _remove(box, parent)


def _remove(box: etree._Element, parent: etree._Element) -> None:
    """Remove ``box`` from ``parent``, its tail text kept."""
    if box.tail:
        previous = box.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + box.tail
        else:
            parent.text = (parent.text or "") + box.tail
    parent.remove(box)
