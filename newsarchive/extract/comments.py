"""The readers' comments a blog prints under its own heading, without a class or id the
tree's cleaning knows (b2evolution's ``div.bFeedback`` under "Kommentare:"): the heading
(:data:`~newsarchive.extract.data.COMMENTS_HEADING`) and everything after it in its block
leave before the body is read, where the heading opens its block (a block the comments
section is; a "3 Kommentare" link heading a post's header is followed by the text)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.parsing import element_text


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
