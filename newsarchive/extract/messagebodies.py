"""A single text holder whose class trafilatura's discard misreads: a message's body (a
mailing list archive's ``<div class="message">``, a forum thread's opening post in
``<div class="message"><div class="message-body">``; rounds rb29, rb30) and a CMS's
rich-text field (HubSpot's ``span.hs_cos_wrapper_meta_field``; session 34)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import forget


def open_text_holders(tree: etree._Element) -> None:
    """:func:`open_message_body` for each word of
    :data:`~newsarchive.extract.data.MISREAD_CLASS_WORDS`, on the elements whose class
    holds it (one walk over the holders' tags for all words: measured against XPaths over
    the class values, the walk costs half)."""
    words = data.MISREAD_CLASS_WORDS
    holders: dict[str, list[etree._Element]] = {word: [] for word in words}
    for element in tree.iter(*data.MESSAGE_TAGS):
        classes = element.get("class")
        if classes is not None:
            for word in words:
                if word in classes:
                    holders[word].append(element)
    for word, stand_in in words.items():
        if holders[word]:
            open_message_body(tree, word, stand_in, holders[word])


def open_message_body(
    tree: etree._Element,
    word: str = data.MESSAGE_CLASS_WORD,
    stand_in: str = data.MESSAGE_CLASS_STAND_IN,
    holders: list[etree._Element] | None = None,
) -> None:
    """Rename ``word`` (to ``stand_in``) in the classes of the page's one element of that
    class (of ``holders``, if given) that holds the text
    (:data:`~newsarchive.extract.data.MESSAGE_BODY_MIN_PARAGRAPHS` paragraphs; no status
    word in its class) and of those nested in it that hold them too; several such elements
    side by side (a forum's long posts) stay."""
    if holders is None:
        holders = list(tree.iter(*data.MESSAGE_TAGS))
    found = [
        element
        for element in holders
        if word in (classes := element.get("class") or "")
        and not data.MESSAGE_CLASS_SKIP.search(classes)
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
