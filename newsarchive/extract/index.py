"""One walk over a parsed page that the steps share instead of many whole-page XPaths.

Each ``//...`` XPath walks every node of the page (libxml2 visits text nodes too, and a
``contains(@class, ...)`` test converts the attribute to a string once per test): the
extractor ran about twenty of them a page. :func:`page_index` walks the elements once and
keeps, in document order, those with a ``class`` or ``id`` (and forms), those with an
``itemprop``, and those of the few tags the steps look up (:data:`INDEXED_TAGS`); the
steps filter these short lists in Python, with the class tests cached per attribute value.

The index is kept per tree (weakly) and read by the steps before the tree changes; every
step that changes the tree (:mod:`~newsarchive.extract.pruning`) calls :func:`forget` first.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import re
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from lxml import etree

#: Tags whose elements the index lists (every element of each, in document order).
INDEXED_TAGS = frozenset(
    {
        "a", "article", "blockquote", "figcaption", "footer", "form", "h1", "h2", "h3", "h4",
        "link", "meta", "script", "time",
    }
)  # fmt: skip
#: Where XPath's ``normalize-space()`` sees whitespace (not Python's wider ``isspace``).
XML_SPACE = " \t\r\n"


@dataclass
class PageIndex:
    """The page's elements by attribute and tag, each list in document order; every entry
    starts with the element's position in the walk (to merge lists in document order)."""

    #: elements with a ``class`` or an ``id``, and forms: (position, element, class, id)
    marked: list[tuple[int, etree._Element, str | None, str | None]] = field(default_factory=list)
    #: elements with a ``class``: (position, element, class)
    classed: list[tuple[int, etree._Element, str]] = field(default_factory=list)
    #: elements with an ``itemprop``: (position, element, itemprop)
    itemprops: list[tuple[int, etree._Element, str]] = field(default_factory=list)
    #: elements of :data:`INDEXED_TAGS`, by tag: (position, element)
    tags: dict[str, list[tuple[int, etree._Element]]] = field(default_factory=dict)

    #: the ``<body>``'s visible text (see :func:`visible_text`), once asked
    visible: str | None = None
    #: the values of :attr:`classed` joined by :data:`_JOIN`, with the offset of each
    #: (see :func:`class_text`), once asked
    joined: tuple[str, list[int]] | None = None

    def tag(self, name: str) -> list[etree._Element]:
        """Every ``<name>`` element (``name`` one of :data:`INDEXED_TAGS`)."""
        return [element for _, element in self.tags.get(name, ())]


_INDEXES: weakref.WeakKeyDictionary[etree._Element, PageIndex] = weakref.WeakKeyDictionary()


def page_index(tree: etree._Element) -> PageIndex:
    """The index of the page that holds ``tree`` (built on first use)."""
    root = tree.getroottree().getroot()
    index = _INDEXES.get(root)
    if index is None:
        index = _INDEXES[root] = _build(root)
    return index


def forget(tree: etree._Element) -> None:
    """Drop the index of the page that holds ``tree`` (call before changing the tree)."""
    _INDEXES.pop(tree.getroottree().getroot(), None)


def remove_all(tree: etree._Element, elements: list[etree._Element]) -> None:
    """Remove ``elements`` from ``tree``, its index dropped first when there are any (an
    element inside an earlier one is gone with it)."""
    if elements:
        forget(tree)
    for element in elements:
        if (parent := element.getparent()) is not None:
            parent.remove(element)


def forget_text(tree: etree._Element) -> None:
    """Drop only the visible text kept in the index of the page that holds ``tree`` (call
    before changing a text, no element or attribute the index lists)."""
    index = _INDEXES.get(tree.getroottree().getroot())
    if index is not None:
        index.visible = None


def _build(root: etree._Element) -> PageIndex:
    index = PageIndex(tags={tag: [] for tag in INDEXED_TAGS})
    marked, classed, itemprops, tags = index.marked, index.classed, index.itemprops, index.tags
    for pos, element in enumerate(root.iter(etree.Element)):
        get = element.get
        classes, ident, tag = get("class"), get("id"), element.tag
        if classes is not None or ident is not None or tag == "form":
            marked.append((pos, element, classes, ident))
            if classes is not None:
                classed.append((pos, element, classes))
        prop = get("itemprop")
        if prop is not None:
            itemprops.append((pos, element, prop))
        if tag in INDEXED_TAGS:
            tags[tag].append((pos, element))
    return index


#: Per tuple of parts, whether a value (a class, an id, an href) contains one of them (the
#: values recur within and across pages; each table is emptied past :data:`MATCHES_MAX`).
_MATCHES: dict[tuple[str, ...], dict[str, bool]] = {}
MATCHES_MAX = 50_000


def _known(parts: tuple[str, ...]) -> dict[str, bool]:
    """The table of answers for ``parts`` (emptied once it holds :data:`MATCHES_MAX`)."""
    known = _MATCHES.get(parts)
    if known is None:
        known = _MATCHES[parts] = {}
    elif len(known) > MATCHES_MAX:
        known.clear()
    return known


def contains_any(value: str, parts: tuple[str, ...]) -> bool:
    """XPath's ``contains(., 'a') or contains(., 'b') ...`` on an attribute value (answers
    kept per value: the steps ask about 300 times a page, mostly about recurring values)."""
    known = _known(parts)
    hit = known.get(value)
    if hit is None:
        hit = known[value] = _alternation(parts)(value) is not None
    return hit


#: What :func:`any_contains` joins the values with: no part holds it, so no part is found
#: across two values.
_JOIN = "\x00"


def any_contains(values: Iterable[str | None], parts: tuple[str, ...]) -> bool:
    """True if one of ``values`` (``None`` skipped) contains one of ``parts``: the values
    joined by a character no part holds, searched once in C (where a loop of
    :func:`contains_any` looked each value up in Python; the same answer)."""
    search = _alternation(parts)
    if any(_JOIN in part for part in parts):
        return any(search(value) is not None for value in values if value)
    return search(_JOIN.join([value for value in values if value])) is not None


def with_class(tree: etree._Element, parts: tuple[str, ...]) -> list[tuple[int, etree._Element]]:
    """(position, element) of the elements whose class attribute contains one of ``parts``
    (``//@class[contains(., part) or ...]/..``): each part looked for with ``str.find`` in
    the page's class values joined (:func:`class_text`), from one hit on to the next value
    (where a loop over the values looked each one up in Python: half the time on the dev
    pages; the same elements)."""
    index = page_index(tree)
    classed = index.classed
    if any(_JOIN in part for part in parts):  # (never in a class written in a page)
        search = _alternation(parts)
        return [(pos, element) for pos, element, classes in classed if search(classes)]
    text, starts = class_text(index)
    find, count = text.find, len(starts)
    hits: set[int] = set()
    for part in parts:
        at = find(part)
        while at >= 0:
            value = bisect.bisect_right(starts, at) - 1
            hits.add(value)
            if value + 1 == count:
                break
            at = find(part, starts[value + 1])
    return [classed[value][:2] for value in sorted(hits)]


def any_class_contains(tree: etree._Element, parts: tuple[str, ...]) -> bool:
    """True if a class value of the page contains one of ``parts`` (:func:`any_contains` on
    the values :func:`class_text` has joined already)."""
    if any(_JOIN in part for part in parts):
        return any_contains((c for _, _, c in page_index(tree).classed), parts)
    text = class_text(page_index(tree))[0]
    return any(part in text for part in parts)


def class_text(index: PageIndex) -> tuple[str, list[int]]:
    """The page's class values (:attr:`PageIndex.classed`) joined by :data:`_JOIN`, and the
    offset of each value in that text (built once a page): a text found in it that does not
    hold the joining character lies in one value, the last offset at or before it."""
    if index.joined is None:
        starts, offset = [], 0
        for _, _, classes in index.classed:
            starts.append(offset)
            offset += len(classes) + 1
        index.joined = (_JOIN.join([classes for _, _, classes in index.classed]), starts)
    return index.joined


def classed_matching(tree: etree._Element, pattern: re.Pattern[str]) -> list[etree._Element]:
    """The elements whose class value ``pattern`` finds a match in, for a pattern that matches
    no :data:`_JOIN` and sees it as it sees the start or end of a value (no ``^``, ``$``,
    ``\\b``, ``.``, or a class of characters that holds it): one search over the joined values
    (:func:`class_text`) instead of one a value."""
    index = page_index(tree)
    text, starts = class_text(index)
    out, at, count = [], 0, len(starts)
    while at <= len(text):
        match = pattern.search(text, at)
        if match is None:
            break
        value = bisect.bisect_right(starts, match.start()) - 1
        out.append(index.classed[value][1])
        if value + 1 == count:
            break
        at = starts[value + 1]
    return out


@functools.lru_cache(maxsize=256)
def _alternation(parts: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
    """``search`` of a pattern that finds one of ``parts`` as literal text (one C call where
    ``any(part in value ...)`` loops in Python; the same answer: each part is escaped)."""
    if not parts:
        return lambda value: None  # (no part: nothing found, as ``any`` of nothing)
    return re.compile("|".join(map(re.escape, parts))).search


def in_order(*parts: Iterable[tuple[int, etree._Element]]) -> list[etree._Element]:
    """The elements of several position-sorted lists, merged in document order, each once
    (an XPath union)."""
    out: list[etree._Element] = []
    last = -1
    for pos, element in heapq.merge(*parts, key=lambda entry: entry[0]):
        if pos != last:
            out.append(element)
            last = pos
    return out


_XML_SPACES = str.maketrans("\t\r\n", "   ")


def xml_tokens(value: str) -> list[str]:
    """The words of an attribute as ``normalize-space()`` splits them (the test
    ``contains(concat(" ", normalize-space(@class), " "), " word ")`` is ``word in`` these)."""
    return [token for token in value.translate(_XML_SPACES).split(" ") if token]


def has_text(element: etree._Element) -> bool:
    """XPath's ``[normalize-space()]``: the element's text holds more than whitespace."""
    return bool(element.text_content().strip(XML_SPACE))


def first_headline(tree: etree._Element) -> etree._Element | None:
    """The first ``<h1>`` with text (``//h1[normalize-space()]``)."""
    return next((h1 for h1 in page_index(tree).tag("h1") if has_text(h1)), None)


#: The text nodes of an element's subtree outside ``<script>`` and ``<style>`` (the HTML
#: parser keeps their content as one text node with no element inside, so the parent test
#: is the ancestor test), as plain strings (no "smart" strings that know their parent).
_VISIBLE_TEXTS = etree.XPath(".//text()[not(parent::script or parent::style)]", smart_strings=False)


def shown_text(element: etree._Element) -> str:
    """An element's text nodes outside ``<script>`` and ``<style>``, run together as
    ``text_content`` runs them (not folded)."""
    return "".join(_VISIBLE_TEXTS(element))


def spaced_text(element: etree._Element) -> str:
    """An element's text nodes outside ``<script>`` and ``<style>``, joined with spaces
    (spans a stylesheet sets apart: "Anna Roth" "mit Material von Reuters" "12. Mai")."""
    return " ".join(_VISIBLE_TEXTS(element))


def visible_text(tree: etree._Element) -> str | None:
    """The ``<body>``'s text nodes outside scripts and styles, joined with spaces (None
    without a body); read once a page (the meta-author check and the login spelling)."""
    index = page_index(tree)
    if index.visible is None:
        body = tree.getroottree().getroot().find("body")
        if body is None:
            return None
        index.visible = spaced_text(body)
    return index.visible


#: Per form seen, whether it is a part of the page (see :func:`form_part`).
_FORM_PARTS: weakref.WeakKeyDictionary[etree._Element, bool] = weakref.WeakKeyDictionary()
#: What a page-wide form holds and a search, login or comment form does not.
PAGE_FORM_HOLDS = ("h1", "article", "main")
#: The elements by which a form asks a reader for something (:func:`has_field`).
FORM_FIELD_TAGS = ("input", "textarea", "select", "button")


def form_part(element: etree._Element) -> bool:
    """True for a ``<form>`` that is a part of the page (a search, a login, a comment form),
    not the form of a server framework (ASP.NET's ``aspnetForm``, SharePoint, DotNetNuke...)
    that wraps the whole page: that one holds the headline or the article
    (:data:`PAGE_FORM_HOLDS`), and its content is not skipped as a form's."""
    if element.tag != "form":
        return False
    known = _FORM_PARTS.get(element)
    if known is None:
        known = _FORM_PARTS[element] = next(element.iter(*PAGE_FORM_HOLDS), None) is None
    return known


def has_field(form: etree._Element) -> bool:
    """Whether ``form`` asks for something: a field a reader fills in or a button. A form of
    hidden inputs only wraps a post's text (old Reddit's ``usertext`` form around a thread's
    opening post; session 54, read on de_full242)."""
    for control in form.iter(*FORM_FIELD_TAGS):
        if control.tag != "input" or (control.get("type") or "text").lower() != "hidden":
            return True
    return False


def part_tag(element: etree._Element, tags: frozenset[str] | set[str]) -> bool:
    """Whether ``element``'s tag is one of ``tags`` (parts such as ``nav``, ``aside``,
    ``form``), a page-wide form excepted (:func:`form_part`)."""
    tag = element.tag
    return tag in tags and (tag != "form" or form_part(element))
