"""Paragraphs written as ``<div>`` elements: an editor's (Blogger's, a WYSIWYG field's)
``<div>Text.</div>`` among the ``<p>`` paragraphs of the same parent is a paragraph too.
trafilatura's precision mode reads ``<div>`` text only where a page has little ``<p>``
text, so such a post kept its ``<p>`` paragraphs and lost the ``<div>`` ones."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.text import fold

#: The end of a sentence (a closing quote or bracket may follow the stop).
_STOPS = (".", "!", "?", ":", "“", '"', "»", "«", ")", "”")


def div_paragraphs(tree: etree._Element) -> None:
    """Retag as ``<p>`` the ``<div>`` elements holding only inline content that read as a
    paragraph (:data:`~newsarchive.extract.data.DIV_PARAGRAPH_MIN_CHARS`, a sentence's end)
    where their parent has a ``<p>`` child with text, and a shorter such ``<div>`` between
    two paragraphs (a subheading written as a ``<div>``: once the ``<p>`` text is long,
    trafilatura would drop it)."""
    found = [div for div in tree.iter("div") if _reads_as_paragraph(div)]
    if _builder_blocks(tree, found):
        for div in found:
            _retag(div)
        return
    with_p: dict[etree._Element, bool] = {}
    for div in found:
        parent = div.getparent()
        if parent is None:
            continue
        if parent not in with_p:
            with_p[parent] = any(_text(p) for p in parent.iterchildren("p"))
        if with_p[parent]:
            _retag(div)
    for parent, ok in with_p.items():
        if ok:
            for div in list(parent.iterchildren("div")):
                if _between_paragraphs(div) and _inline_only(div) and _text(div):
                    _retag(div)
    parents: set[etree._Element] = set()  # (each paragraph's parent <div> read once)
    for paragraph in list(tree.iter("p")):
        parent = paragraph.getparent()
        if parent is not None and parent.tag == "div" and parent not in parents:
            parents.add(parent)
            _wrap_loose_lead(parent)


#: Inline tags a container's loose first paragraph may hold before its first block.
_LEAD_INLINE = frozenset({"strong", "b", "em", "i", "a", "span", "br"})


def _wrap_loose_lead(div: etree._Element) -> None:
    """A container's text before its first ``<p>``, loose in the ``<div>`` ("<strong>Hamburg,
    26. Februar 2026</strong> – Die Bank hat …" then ``<p>`` paragraphs: a press release's
    first paragraph in an editor field; session 35, de_full114), wrapped as a ``<p>`` where
    it reads as a paragraph (trafilatura drops a ``<div>``'s loose text)."""
    if not (div.text and not div.text.isspace()) and (
        not len(div) or div[0].tag not in _LEAD_INLINE
    ):
        return
    lead: list[etree._Element] = []
    for child in div:
        if not isinstance(child.tag, str) or child.tag not in _LEAD_INLINE:
            break
        lead.append(child)
    after = div[len(lead)] if len(lead) < len(div) else None
    if after is None or after.tag != "p":
        return
    raw = (div.text or "") + "".join(
        "".join(child.itertext()) + (child.tail or "") for child in lead
    )
    text = fold(raw)
    if len(text) < data.DIV_PARAGRAPH_MIN_CHARS or not text.endswith(_STOPS):
        return
    paragraph = etree.Element("p")
    paragraph.text, div.text = div.text, None
    for child in lead:
        paragraph.append(child)  # (moves it, with its tail)
    div.insert(0, paragraph)


def _builder_blocks(tree: etree._Element, found: list[etree._Element]) -> bool:
    """Whether ``found`` are a site builder's text blocks: a page without ``<p>`` text whose
    text stands in two or more paragraph-like ``<div>`` blocks holding at least
    :data:`~newsarchive.extract.data.BUILDER_TEXT_SHARE` of its text (not a post's quote
    or a login note beside a text container of other tags)."""
    if len(found) < 2 or any(_text(p) for p in tree.iter("p")):
        return False
    body = tree.find("body")
    whole = len(_text(body if body is not None else tree))
    return sum(len(_text(div)) for div in found) >= data.BUILDER_TEXT_SHARE * whole


def _retag(div: etree._Element) -> None:
    div.tag = "p"
    for name in ("style", "align"):
        div.attrib.pop(name, None)


def _between_paragraphs(div: etree._Element) -> bool:
    before, after = div.getprevious(), div.getnext()
    return before is not None and after is not None and before.tag == "p" and after.tag == "p"


def _text(element: etree._Element) -> str:
    return fold("".join(element.itertext()))


def _inline_only(div: etree._Element) -> bool:
    return all(
        child.tag in data.DIV_PARAGRAPH_INLINE
        for child in div
        if isinstance(child.tag, str)  # (comments and processing instructions)
    )


def _reads_as_paragraph(div: etree._Element) -> bool:
    if not _inline_only(div):
        return False
    raw = "".join(div.itertext())
    if len(raw) < data.DIV_PARAGRAPH_MIN_CHARS:
        return False  # (folding only shortens a text: most divs are decided unfolded)
    text = fold(raw)
    return len(text) >= data.DIV_PARAGRAPH_MIN_CHARS and text.endswith(_STOPS)
