"""A review page's headline is the review's own heading: review portals print the business
or product reviewed as the <h1> ("Sparkasse Muster, Filiale Nord") and one review under it
with its heading ("<div class='review'><h2>Freundlich, aber langsam</h2>…",
"<p class='review-headline'>…"); where the title found is that <h1> and the page shows
exactly one review heading after it, that heading is the title (issue 11;
:mod:`newsarchive.extract.data.reviewheads`)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.text import fix_text, fold


def _text(element: etree._Element) -> str:
    return " ".join(fix_text(" ".join(element.itertext())).split())


def _classes(element: etree._Element) -> str:
    return str(element.get("class") or "")


def _review_block(element: etree._Element) -> etree._Element | None:
    """The nearest element (itself or one of three ancestors) classed as a review."""
    for candidate in (element, *list(element.iterancestors())[:3]):
        if data.REVIEW_CLASS.search(_classes(candidate)):
            return candidate
    return None


def _review_heading(element: etree._Element) -> str:
    """``element``'s text where it is one review's heading: a heading inside a review block
    or an element classed as a review's heading, of a headline's length, naming no list of
    reviews, with the review's written text in its block; else ""."""
    classed = element.tag in data.REVIEW_HEADING_CLASS_TAGS and bool(
        data.REVIEW_HEADING_CLASS.search(_classes(element))
    )
    if not classed and element.tag not in data.REVIEW_HEADING_TAGS:
        return ""
    block = element.getparent() if classed else _review_block(element)
    if block is None:
        return ""
    text = _text(element)
    low, high = data.REVIEW_HEADING_WORDS
    if (
        not low <= len(text.split()) <= high
        or text.endswith(":")
        or data.REVIEW_LIST_WORDS.search(text)
        or len(_text(block)) - len(text) < data.REVIEW_MIN_TEXT
        or any(skipped_part(a) for a in (element, *element.iterancestors()))
    ):
        return ""
    return text


def review_heading(tree: etree._Element, title: str) -> str:
    """The one review heading after the page's first <h1> where ``title`` is that <h1>'s
    text (the business or product reviewed, itself no review's heading); "" otherwise, or
    where the page shows none or several (a product's page listing many reviews keeps its
    name)."""
    body = tree.find("body")
    if body is None or not title:
        return ""
    h1 = next(body.iter("h1"), None)
    if h1 is None or fold(_text(h1)).casefold() != fold(title).casefold():
        return ""
    if data.REVIEW_HEADING_CLASS.search(_classes(h1)) or _review_block(h1) is not None:
        return ""  # the <h1> is the review's own heading, its parts' headings under it
    found: list[str] = []
    after = False
    for element in body.iter(etree.Element):
        if not after:
            after = element is h1
            continue
        text = _review_heading(element)
        if text and text not in found:
            found.append(text)
    return found[0] if len(found) == 1 else ""
