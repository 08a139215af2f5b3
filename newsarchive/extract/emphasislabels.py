"""An advice label set in bold at a block's start ("<p><strong>Mein Tipp:</strong> Die
Sperrnummer …") leaves the block, its text stays; in the paragraph's plain text ("<p>Wichtig:
Jeder Mensch darf …") the label is the sentence's own and stays
(:data:`~newsarchive.extract.data.EMPHASIS_LABEL`)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.text import fold


def drop_emphasis_labels(tree: etree._Element) -> None:
    """Remove each bold advice label opening its block (a ``<p>``, a box's ``<div>``, a
    post's ``<span>``; its colon inside it or right after it); the text after it stays."""
    for label in list(tree.iter(*data.EMPHASIS_TAGS, "span")):
        if label.tag == "span" and "bold" not in (label.get("style") or ""):
            continue  # (a span sets bold by its style: "font-weight: bold")
        if len(label) == 0 and len(label.text or "") > data.EMPHASIS_LABEL_MAX_CHARS:
            continue  # (no label: a bold phrase; most bold elements leave here)
        block = label.getparent()
        if block is None or block[0] is not label or (block.text or "").strip():
            continue  # (text before it: not its block's opening)
        rest = _after_label(label)
        if rest is not None:
            block.text = rest
            block.remove(label)


def _after_label(label: etree._Element) -> str | None:
    """The text after ``label`` when it is an advice label with its colon (inside or right
    after it) and text follows; else None."""
    text = fold(label.text_content())
    tail = (label.tail or "").lstrip()
    if text.endswith(":"):
        text = text[:-1].rstrip()
    elif tail.startswith(":"):
        tail = tail[1:].lstrip()
    else:
        return None
    if not tail or not data.EMPHASIS_LABEL.fullmatch(text):
        return None
    return tail
