"""A thread's replies under its opening post: phpBB, vBulletin and their kin print each post
in a block of the same tag and class, a reply's heading its subject "Re: …" / "AW: …"
(:data:`~newsarchive.extract.data.SUBJECT_REPLY`). The replies are readers' answers, not the
article (the opening post is: a desk's agency report, a member's question); they leave the
tree before the body is read, where the thread's opening post, a block of the same shape
without such a heading, stands before them (session 45, read on de_full165 and
de_full131)."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.parsing import element_text

_REPLY = re.compile(data.SUBJECT_REPLY + r"\s*\S")


def drop_reply_posts(tree: etree._Element) -> None:
    """Remove each reply post (:func:`_reply_post`) that follows its thread's opening post."""
    doomed = []
    for heading in tree.iter(*data.HEADING_TAGS):
        if len(heading) <= 1 and _REPLY.match(element_text(heading)):
            post = _reply_post(heading)
            if post is not None:
                doomed.append(post)
    for post in doomed:
        if post.getparent() is not None:
            post.drop_tree()


def _reply_post(heading: etree._Element) -> etree._Element | None:
    """The block around a reply's ``heading`` that repeats an earlier sibling's tag and first
    class (the thread's post blocks) within :data:`~.data.REPLY_POST_DEPTH` levels, where an
    earlier block of that shape holds no reply heading (the opening post); else None."""
    for depth, block in enumerate(heading.iterancestors()):
        if depth >= data.REPLY_POST_DEPTH or block.tag in ("body", "html"):
            return None
        shape = _shape(block)
        if shape is None:
            continue
        earlier = [s for s in block.itersiblings(preceding=True) if _shape(s) == shape]
        if earlier:
            opening = any(not _holds_reply(s) for s in earlier)
            return block if opening else None
    return None


def _shape(element: etree._Element) -> tuple[str, str] | None:
    """An element's tag and first class word (``div.post`` of "post has-profile bg2")."""
    classes = (element.get("class") or "").split()
    return (str(element.tag), classes[0]) if classes else None


def _holds_reply(block: etree._Element) -> bool:
    """Whether ``block`` holds a reply's heading."""
    return any(_REPLY.match(element_text(h)) for h in block.iter(*data.HEADING_TAGS) if len(h) <= 1)
