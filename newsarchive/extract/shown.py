"""Headline text and the metadata titles a page shows as an element's whole text, for
:mod:`~newsarchive.extract.title`.

:func:`shown_texts` compares the headline text (:func:`headline_texts`, then ``fix_text``)
of every element of a few tags with the titles. Done element by element that reads each
text node once per ancestor (on a deep page of nested ``<div>`` about 30 ms); one walk first
counts, per element, the non-space characters of its headline text nodes
(:func:`_headline_sizes`), and an element whose count exceeds the longest title's length
is skipped when none of its nodes holds a character ``fix_text`` may remove or merge
(:data:`_FIXABLE`): its text would then be longer than every title (``fix_text`` is
``fold`` there, which keeps every non-space character)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.text import fix_text

#: The characters ``fix_text`` may take out or merge with others: an entity's ``&``, the
#: first character of UTF-8 read as cp1252 (``Ã``, ``Â``) and the invisible ones.
_FIXABLE = re.compile("[&ÃÂ" + "".join(map(chr, data.INVISIBLE)) + "]")


def _skipped(child: etree._Element) -> bool:
    """True for an element nested in a headline that is not part of it (a byline, a date)."""
    return child.tag in data.HEADLINE_SKIP_TAGS or (
        data.HEADLINE_SKIP_CLASS.search(child.get("class") or "") is not None
    )


def headline_texts(element: etree._Element) -> Iterator[str]:
    """A headline's text nodes, without bylines, dates or styles nested in it."""
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str) and not _skipped(child):
            yield from headline_texts(child)
        if child.tail:
            yield child.tail


def _size(text: str | None) -> tuple[int, bool]:
    """A text node's non-space characters and whether it holds a :data:`_FIXABLE` one."""
    if not text:
        return 0, False
    return sum(map(len, text.split())), _FIXABLE.search(text) is not None


def _headline_sizes(body: etree._Element) -> dict[etree._Element, tuple[int, bool]]:
    """Per element of ``body``, :func:`_size` summed over its :func:`headline_texts` (one
    walk, children before their parent)."""
    sizes: dict[etree._Element, tuple[int, bool]] = {}
    for _, element in etree.iterwalk(body, events=("end",)):
        count, fixable = _size(element.text)
        for child in element:
            if isinstance(child.tag, str) and not _skipped(child):
                inner, odd = sizes[child]
                count, fixable = count + inner, fixable or odd
            tail, odd = _size(child.tail)
            count, fixable = count + tail, fixable or odd
        sizes[element] = count, fixable
    return sizes


def shown_texts(tree: etree._Element, titles: list[str]) -> set[str]:
    """The metadata titles (lower case) that the body shows as an element's whole text
    outside links, navigation and teasers: on a page without a headline element
    (``<strong>``, ``<div class="headline">``), that one beats an SEO ``og:title`` or one
    with a rubric (see :data:`~newsarchive.extract.data.SHOWN_TITLE_TAGS`)."""
    body = tree.find("body")
    if body is None:
        return set()
    wanted, shown = set(titles), set()
    longest = max(map(len, wanted), default=0)
    sizes = _headline_sizes(body)
    for element in body.iter(data.SHOWN_TITLE_TAGS):
        count, fixable = sizes[element]
        if count > longest and not fixable:
            continue  # (its text is longer than every title)
        text = fix_text(" ".join(headline_texts(element))).lower()
        if text in wanted and not any(
            a.tag == "a" or skipped_part(a) for a in (element, *element.iterancestors())
        ):
            shown.add(text)
    return shown
