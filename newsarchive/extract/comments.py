"""The readers' comments a blog prints under its own heading, without a class or id the
tree's cleaning knows (b2evolution's ``div.bFeedback`` under "Kommentare:"): the heading
(:data:`~newsarchive.extract.data.COMMENTS_HEADING`) and everything after it in its block
leave before the body is read, where the heading opens its block (a block the comments
section is; a "3 Kommentare" link heading a post's header is followed by the text)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.parsing import element_text


def _text_longer(elements: list[etree._Element], lead: str, limit: float) -> bool:
    """True if ``lead`` and the elements' texts (read in turn, stopping early) hold more
    than ``limit`` characters (folded, about)."""
    total = len(lead.strip())
    for element in elements:
        for piece in element.itertext():
            total += len(piece.strip())
            if total > limit:
                return True
    return total > limit


def _text_length(elements: list[etree._Element], lead: str) -> int:
    """The characters of ``lead`` and the elements' texts (folded, about)."""
    return len(lead.strip()) + sum(
        len(piece.strip()) for element in elements for piece in element.itertext()
    )


def drop_comment_sections(tree: etree._Element) -> None:
    """Remove each comments heading opening its block with the siblings after it (the
    comments, the form)."""
    for heading in list(tree.iter(*data.HEADING_TAGS)):
        parent = heading.getparent()
        if parent is None or heading.getprevious() is not None or (parent.text or "").strip():
            continue
        raw = heading.text_content()
        if len(raw) > data.COMMENTS_HEADING_MAX_CHARS:
            continue
        if not data.COMMENTS_HEADING.fullmatch(element_text(heading)):
            continue
        for sibling in list(heading.itersiblings()):
            sibling.drop_tree()
        heading.drop_tree()


def drop_comments_after_text(tree: etree._Element) -> None:
    """Remove a comments section's caption (a ``<p>`` or ``<div>``,
    :data:`~newsarchive.extract.data.COMMENTS_CAPTION`) with the siblings after it (the
    comments, the form), where the siblings before it hold the text (at least
    :data:`~newsarchive.extract.data.COMMENTS_TEXT_BEFORE_MIN_CHARS`, and more than the
    siblings after it)."""
    for block in list(tree.iter(*data.COMMENTS_CAPTION_TAGS)):
        parent = block.getparent()
        if parent is None or block.getprevious() is None:
            continue
        if _text_longer([block], "", data.COMMENTS_CAPTION_MAX_CHARS):
            continue
        if not data.COMMENTS_CAPTION.fullmatch(element_text(block)):
            continue
        before = _text_length(list(block.itersiblings(preceding=True)), parent.text or "")
        after = list(block.itersiblings())
        if before < data.COMMENTS_TEXT_BEFORE_MIN_CHARS or _text_longer(after, "", before):
            continue  # no text before it, or more after it: the text follows (a post's header)
        for sibling in after:
            sibling.drop_tree()
        block.drop_tree()
