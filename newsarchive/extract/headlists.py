"""A list of points between the page's head and its text, which trafilatura leaves out.

A news page sets its key points right under the headline, the lead, the byline or the
picture, before the first paragraph (``<h1>…</h1><p class="teaser">…</p><ul><li>…</li></ul>
<p>…``). :func:`head_lists` notes such lists before extraction, each with the paragraph that
opens the text; :func:`~.lists.restore_lists` (``above``) puts the points back above that
paragraph when the body holds it and none of the points."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.lists import sentence_lists
from newsarchive.extract.parsing import element_text
from newsarchive.extract.text import fold


def head_lists(tree: etree._Element) -> list[tuple[str, list[str]]]:
    """The lists of sentences set between the ``<h1>`` (with the head's classed elements)
    and the text's first paragraph, each with that paragraph's start (its first
    :data:`~newsarchive.extract.data.SUBHEADING_KEY_CHARS` characters, folded)."""
    return sentence_lists(tree, _after_head, _text_start)


def _after_head(element: etree._Element) -> bool:
    """True for an element after a sibling, under the page's head (:func:`_under_head`)."""
    return element.getprevious() is not None and _under_head(element)


def _under_head(element: etree._Element) -> bool:
    """True where the siblings before the list reach the ``<h1>`` over only the head's
    classed elements and pictures (no plain paragraph: the text has not begun)."""
    node = element.getprevious()
    for _ in range(data.HEAD_LIST_SIBLINGS):
        if node is None or not isinstance(node.tag, str) or (node.tail or "").strip():
            return False
        if node.tag == "h1":
            return True
        if node.tag not in data.HEAD_LIST_HEAD_TAGS:
            return False
        if node.tag in ("p", "div") and not node.get("class"):
            return False
        node = node.getprevious()
    return False


def _text_start(element: etree._Element) -> etree._Element | None:
    """The paragraph opening the text after the list: the first plain ``<p>`` among the
    next siblings (classed bylines and datelines, boxes and pictures passed), or the first
    paragraph of the text's block; else None."""
    node = element
    for _ in range(data.HEAD_LIST_SIBLINGS):
        if (node.tail or "").strip():
            return None
        node = node.getnext()
        if node is None or not isinstance(node.tag, str):
            return None
        if node.tag == "p" and not node.get("class"):
            return node if _long(node) else None
        if node.tag == "div" and len(node) > 1 and not (node.text or "").strip():
            first = node[0]
            if first.tag == "p" and len(node.findall("p")) > 1 and _long(first):
                return first
        if node.tag not in data.HEAD_LIST_HEAD_TAGS:
            return None
    return None


def _long(paragraph: etree._Element) -> bool:
    """True for a paragraph of text (long enough for its start to be a key)."""
    return len(fold(element_text(paragraph))) >= 2 * data.SUBHEADING_KEY_CHARS
