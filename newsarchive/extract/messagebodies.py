"""A single text holder whose class trafilatura's discard misreads: a message's body (a
mailing list archive's ``<div class="message">``, a forum thread's opening post in
``<div class="message"><div class="message-body">``; rounds rb29, rb30) and a CMS's
rich-text field (HubSpot's ``span.hs_cos_wrapper_meta_field``; session 34)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import forget

_CLASSES = etree.XPath("//@class", smart_strings=False)


def open_text_holders(tree: etree._Element) -> None:
    """:func:`open_message_body` for each word of
    :data:`~newsarchive.extract.data.MISREAD_CLASS_WORDS` some class of the page holds (one
    XPath in C over the class values: most pages skip the walks)."""
    classes = " ".join(_CLASSES(tree))
    for word, stand_in in data.MISREAD_CLASS_WORDS.items():
        if word in classes:
            open_message_body(tree, word, stand_in)


def open_message_body(
    tree: etree._Element,
    word: str = data.MESSAGE_CLASS_WORD,
    stand_in: str = data.MESSAGE_CLASS_STAND_IN,
) -> None:
    """Rename ``word`` (to ``stand_in``) in the classes of the page's one element of that
    class that holds the text (:data:`~newsarchive.extract.data.MESSAGE_BODY_MIN_PARAGRAPHS`
    paragraphs; no status word in its class) and of those nested in it that hold them too;
    several such elements side by side (a forum's long posts) stay."""
    found = [
        element
        for element in tree.iter(*data.MESSAGE_TAGS)
        if word in (element.get("class") or "")
        and not data.MESSAGE_CLASS_SKIP.search(element.get("class") or "")
        and _paragraphs(element) >= data.MESSAGE_BODY_MIN_PARAGRAPHS
    ]
    chosen = set(found)
    outer = [element for element in found if not any(a in chosen for a in element.iterancestors())]
    if len(outer) != 1:
        return
    forget(tree)
    for element in found:
        element.set("class", (element.get("class") or "").replace(word, stand_in))


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
