"""A single message's body that trafilatura's discard of "message" classes would lose (a
mailing list archive's ``<div class="message">``, a forum thread's opening post in
``<div class="message"><div class="message-body">``; rounds rb29, rb30)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import forget


def open_message_body(tree: etree._Element) -> None:
    """Rename "message" in the classes of the page's one message that holds the text
    (:data:`~newsarchive.extract.data.MESSAGE_BODY_MIN_PARAGRAPHS` paragraphs; no status word
    in its class) and of the message elements nested in it that hold them too; several such
    messages side by side (a forum's long posts) stay."""
    found = [
        element
        for element in tree.iter(*data.MESSAGE_TAGS)
        if data.MESSAGE_CLASS_WORD in (element.get("class") or "")
        and not data.MESSAGE_CLASS_SKIP.search(element.get("class") or "")
        and _paragraphs(element) >= data.MESSAGE_BODY_MIN_PARAGRAPHS
    ]
    chosen = set(found)
    outer = [element for element in found if not any(a in chosen for a in element.iterancestors())]
    if len(outer) != 1:
        return
    forget(tree)
    for element in found:
        classes = element.get("class") or ""
        element.set("class", classes.replace(data.MESSAGE_CLASS_WORD, data.MESSAGE_CLASS_STAND_IN))


def _paragraphs(element: etree._Element) -> int:
    """The ``<p>`` in ``element`` that read as text: a sentence's end,
    :data:`~newsarchive.extract.data.CONTENT_WIDGET_PARAGRAPH_MIN_CHARS` characters or
    more."""
    count = 0
    for paragraph in element.iter("p"):
        text = " ".join(paragraph.itertext()).strip()
        if len(text) >= data.CONTENT_WIDGET_PARAGRAPH_MIN_CHARS and text.endswith((".", "!", "?")):
            count += 1
    return count
