"""Lists trafilatura's fallbacks leave out, put back under the paragraph they follow.

On a page without a content container trafilatura knows (a site builder's modules, one
``<div>`` per paragraph), its fallbacks (justext, readability) read the text and drop the
lists set between the paragraphs: a list of points of the article ("Absender genau
prüfen", "Keine Links öffnen"). :func:`text_lists` notes such lists before extraction,
:func:`restore_lists` puts their items back under the paragraph right before them when the
body holds that paragraph and none of the items."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import part_tag
from newsarchive.extract.parsing import element_text
from newsarchive.extract.text import fold


def text_lists(tree: etree._Element) -> list[tuple[str, list[str]]]:
    """The page's lists of text (:data:`~newsarchive.extract.data.TEXT_LIST_ITEMS`: a
    few items, none a link, each of a sentence's length at most), each with the start of
    the paragraph right before it (:func:`_paragraph_before`, a sentence or a summary box's
    label: its first
    :data:`~newsarchive.extract.data.SUBHEADING_KEY_CHARS` characters, folded)."""
    found = []
    for element in tree.iter("ul", "ol"):
        items = _items(element)
        paragraph = _paragraph_before(element) if items else None
        if paragraph is not None:
            text = fold(element_text(paragraph))
            if len(text) >= 2 * data.SUBHEADING_KEY_CHARS or _is_box_label(text):
                found.append((text[: data.SUBHEADING_KEY_CHARS], items))
    return found


def _is_box_label(text: str) -> bool:
    """True for a summary box's label ("Das Wichtigste", "Auf einen Blick";
    :data:`~newsarchive.extract.data.SUMMARY_LABEL_LINE`): the list under it is the box's."""
    return len(text) <= data.SUMMARY_LABEL_MAX_CHARS and bool(
        data.SUMMARY_LABEL_LINE.fullmatch(text)
    )


def _paragraph_before(element: etree._Element) -> etree._Element | None:
    """The ``<p>`` right before ``element``, no text or other element between: its previous
    sibling, or the last paragraph of the block before it, or of the block before its
    wrapper (a site builder's module: ``<div><p>…</p></div><div><ul>…``); else None."""
    node: etree._Element | None = element
    before = None
    for _ in range(data.TEXT_LIST_WRAPPERS + 1):
        if node is None:
            return None
        before = node.getprevious()
        if before is not None:
            break
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            return None
        node = parent
    if before is None or (before.tail or "").strip():
        return None
    while before.tag != "p" and len(before) and not (before[-1].tail or "").strip():
        before = before[-1]
    return before if before.tag == "p" else None


def _items(element: etree._Element) -> list[str]:
    if next(element.iter("a"), None) is not None or any(
        part_tag(parent, data.TEXT_LIST_NOT_INSIDE) for parent in element.iterancestors()
    ):
        return []
    items = [fold(element_text(item)) for item in element.iterchildren("li")]
    low, high = data.TEXT_LIST_ITEMS
    if not low <= len(items) <= high or len(items) != len(element):
        return []
    if not all(
        data.TEXT_LIST_ITEM_CHARS[0] <= len(i) <= data.TEXT_LIST_ITEM_CHARS[1] for i in items
    ):
        return []
    return items


def sentence_items(element: etree._Element) -> list[str]:
    """A list's items (as :func:`_items` reads them) when every one ends a sentence
    (:data:`~newsarchive.extract.data.OPENING_LIST_ENDS`), else none."""
    items = _items(element)
    return items if all(item.endswith(data.OPENING_LIST_ENDS) for item in items) else []


def sentence_lists(
    tree: etree._Element,
    placed: Callable[[etree._Element], bool],
    paragraph_of: Callable[[etree._Element], etree._Element | None],
) -> list[tuple[str, list[str]]]:
    """Each list of :func:`sentence_items` placed where ``placed`` says, with the start of
    the paragraph ``paragraph_of`` finds for it (its first
    :data:`~newsarchive.extract.data.SUBHEADING_KEY_CHARS` characters, folded; a paragraph of
    at least twice that)."""
    found = []
    for element in tree.iter("ul", "ol"):
        if not placed(element):
            continue
        items = sentence_items(element)
        paragraph = paragraph_of(element) if items else None
        if paragraph is None:
            continue
        text = fold(element_text(paragraph))
        if len(text) >= 2 * data.SUBHEADING_KEY_CHARS:
            found.append((text[: data.SUBHEADING_KEY_CHARS], items))
    return found


def restore_lists(
    lines: list[str], lists: list[tuple[str, list[str]]], *, above: bool = False
) -> list[str]:
    """``lines`` with each list of :func:`text_lists` put back under its paragraph (or, with
    ``above``, each list of :func:`~.openinglists.opening_lists` above the paragraph after
    it), where ``lines`` hold the paragraph and none of its items."""
    kept = {line.removeprefix("- ") for line in lines}
    places: dict[int, list[str]] = {}
    starts = {line[: data.SUBHEADING_KEY_CHARS]: i for i, line in enumerate(lines)}
    for start, items in lists:
        i = starts.get(start)
        if i is not None and not kept.intersection(items):
            places.setdefault(i, []).extend(items)
    if not places:
        return lines
    restored: list[str] = []
    for i, line in enumerate(lines):
        if above:
            restored.extend(places.get(i, ()))
        restored.append(line)
        if not above:
            restored.extend(places.get(i, ()))
    return restored
