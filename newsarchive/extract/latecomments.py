"""The readers' comments under a post whose heading does not open its block: the heading
("Kommentare (1)", "3 Comments"; :data:`~newsarchive.extract.data.COMMENTS_HEADING`) stands
among the post's own blocks, after its text and a line such as the writer's mood
(:func:`~newsarchive.extract.comments.drop_comment_sections` reads only headings that open
their block). Where the blocks before the heading hold at least
:data:`~newsarchive.extract.data.LATE_COMMENTS_MIN_CHARS` of text (the post, not a header's
"3 Kommentare" link above it) and the heading counts the comments ("Kommentare (1)") or a
date opens what follows it (each comment's day: "aktienjunkie am 20.12.2002"), the heading
and the siblings after it leave the tree; a section "Kommentare" of the text itself, its
paragraphs without a date, stays."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.parsing import element_text


def _text_before(heading: etree._Element, limit: int) -> bool:
    """True if the heading's earlier siblings hold at least ``limit`` characters of text."""
    total = 0
    for sibling in heading.itersiblings(preceding=True):
        if isinstance(sibling.tag, str):
            total += len(" ".join(sibling.text_content().split()))
            if total >= limit:
                return True
    return False


def _comments_follow(heading: etree._Element) -> bool:
    """True if the heading counts comments or a date opens the text after it."""
    if any(c.isdigit() for c in heading.text_content()):
        return True
    parts = [heading.tail or ""]
    size = len(parts[0])
    for sibling in heading.itersiblings():
        if size >= data.LATE_COMMENTS_LOOK_CHARS:
            break
        text = sibling.text_content() if isinstance(sibling.tag, str) else ""
        parts.append(text + (sibling.tail or ""))
        size += len(parts[-1])
    text = " ".join(" ".join(parts).split())[: data.LATE_COMMENTS_LOOK_CHARS]
    return any(p.search(text) for p in data.DAY_FORMS)


def drop_late_comment_sections(tree: etree._Element) -> None:
    """Remove each comments heading that follows the post's text in its block, with the
    siblings after it (the comments, a list of other posts)."""
    for heading in list(tree.iter(*data.HEADING_TAGS)):
        if heading.getparent() is None or heading.getprevious() is None:
            continue
        if len(heading.text_content()) > data.COMMENTS_HEADING_MAX_CHARS:
            continue
        if not data.COMMENTS_HEADING.fullmatch(element_text(heading)):
            continue
        if not _text_before(heading, data.LATE_COMMENTS_MIN_CHARS):
            continue
        if not _comments_follow(heading):
            continue
        for sibling in list(heading.itersiblings()):
            sibling.drop_tree()
        heading.drop_tree()
