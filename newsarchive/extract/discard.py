"""trafilatura's ``OVERALL_DISCARD_XPATH`` selections made in Python for its main extractor.

trafilatura's main extractor prunes each candidate body with its two
``OVERALL_DISCARD_XPATH`` expressions (about five times a page). Their ``re:test`` calls go
from libxml2 back into Python once per test and element, for every ``<div>``, ``<p>`` or
``<span>`` (the first) and every element (the second) even without the attribute tested:
on the dev pages a tenth of our CPU time. :func:`cheaper_discard` hands the extractor, for
the time of our call only (trafilatura's own runs are left as they are), two functions that
select the same elements in the same order: one walk over the candidates, elements with no
attribute skipped (every test needs one), the regular expressions run on the attribute
values directly. The swap is made under a lock (:data:`_SWAP_LOCK`): two threads swapping
at once could otherwise leave our lists in trafilatura's modules for good.

The expressions are rebuilt here from trafilatura's token lists and the text of each
compared with trafilatura's (:func:`_expressions`): where they differ, trafilatura's own
expressions stay (the same answer, at their cost). ``re:test`` reads a node-set as the value
of its first node: for ``@id|@class``, the one of the two attributes written first.
"""

from __future__ import annotations

import contextlib
import functools
import re
import threading
from collections.abc import Callable, Iterator
from typing import Any

from lxml import etree

from newsarchive.extract import candidates

Selector = Callable[[etree._Element], list[etree._Element]]

#: The tags the first expression selects.
_FIRST_TAGS = ("div", "item", "list", "p", "section", "span")
#: The second expression's class and id patterns, as written in it.
_SECOND_CLASS = (
    "^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|"
    "hide-print| hidden| hide|noprint|notloaded"
)
_SECOND_ID = "reader-comments|akismet"


def _first_text(both: str, by_id: str, by_class: str) -> str:
    return f"""
        .//*[self::div or self::item or self::list or self::p or self::section or self::span][
        @data-lp-replacement-content or
        contains(translate(@role, 'N', 'n'), 'nav') or
        contains(@data-component, 'MostPopularStories') or
        re:test(@id|@class, '{both}') or
        re:test(@id, '{by_id}') or
        re:test(@class, '{by_class}')]
        """


_SECOND_TEXT = f"""
        .//*[@class='comments-title' or
        starts-with(@id|@class, 'reply-') or
        re:test(@id|@style, 'hidden') or
        contains(@style, 'display:none') or contains(@style, 'display: none') or
        re:test(@id, '{_SECOND_ID}') or
        re:test(@class, '{_SECOND_CLASS}') or @aria-hidden='true']
        """


def _first_of(element: etree._Element, one: str, other: str) -> str:
    """The value of whichever of two attributes the element has first ("" if neither): what
    ``re:test(@one|@other, ...)`` reads."""
    for name, value in element.items():
        if name in (one, other):
            return str(value)
    return ""


@functools.lru_cache(maxsize=1)
def _expressions() -> tuple[Selector, Selector] | None:
    """The two selectors, or None where trafilatura's expressions are not the ones these
    repeat."""
    from trafilatura import xpaths

    try:
        both = xpaths._alt(xpaths._CONSENT_ID_CLASS_TOKENS)
        shared = xpaths._OVERALL_DISCARD_BOTH_TOKENS
        by_id = xpaths._alt(shared + xpaths._OVERALL_DISCARD_ID_TOKENS)
        by_class = xpaths._alt(shared + xpaths._OVERALL_DISCARD_CLASS_TOKENS)
        paths = [expression.path for expression in xpaths.OVERALL_DISCARD_XPATH]
    except (AttributeError, TypeError, ValueError):
        return None
    if paths != [_first_text(both, by_id, by_class), _SECOND_TEXT]:
        return None
    return _first(re.compile(both), re.compile(by_id), re.compile(by_class)), _second()


def _first(both: re.Pattern[str], by_id: re.Pattern[str], by_class: re.Pattern[str]) -> Selector:
    class_hit = functools.lru_cache(maxsize=4096)(lambda value: by_class.search(value) is not None)

    def select(tree: etree._Element) -> list[etree._Element]:
        out = []
        for element in tree.iterdescendants(*_FIRST_TAGS):
            if not element.keys():
                continue  # (every test needs an attribute)
            get = element.get
            classes, ident = get("class"), get("id")
            role, component = get("role"), get("data-component")
            if (
                get("data-lp-replacement-content") is not None
                or (role is not None and "nav" in role.replace("N", "n"))
                or (component is not None and "MostPopularStories" in component)
                or (
                    (classes is not None or ident is not None)
                    and both.search(_first_of(element, "id", "class")) is not None
                )
                or (ident is not None and by_id.search(ident) is not None)
                or (classes is not None and class_hit(classes))
            ):
                out.append(element)
        return out

    return select


def _second() -> Selector:
    by_class, by_id = re.compile(_SECOND_CLASS), re.compile(_SECOND_ID)
    class_hit = functools.lru_cache(maxsize=4096)(lambda value: by_class.search(value) is not None)

    def select(tree: etree._Element) -> list[etree._Element]:
        out = []
        for element in tree.iterdescendants(etree.Element):
            if not element.keys():
                continue
            get = element.get
            classes, ident, style = get("class"), get("id"), get("style")
            if (
                classes == "comments-title"
                or (
                    (classes is not None or ident is not None)
                    and _first_of(element, "id", "class").startswith("reply-")
                )
                or (
                    (style is not None or ident is not None)
                    and "hidden" in _first_of(element, "id", "style")
                )
                or (style is not None and ("display:none" in style or "display: none" in style))
                or (ident is not None and by_id.search(ident) is not None)
                or (classes is not None and class_hit(classes))
                or get("aria-hidden") == "true"
            ):
                out.append(element)
        return out

    return select


@contextlib.contextmanager
def cheaper_discard() -> Iterator[None]:
    """trafilatura's main extractor (and readability's input prune) with the selectors of
    this module and of :mod:`~newsarchive.extract.candidates` while the block runs (its own
    expressions where they cannot stand in)."""
    from trafilatura import external, main_extractor

    swaps: list[tuple[Any, str, list[Any]]] = []
    selectors = _expressions()
    if selectors is not None:
        swaps += [(module, _DISCARD, list(selectors)) for module in (main_extractor, external)]
    body, precision = candidates.selectors()
    if body is not None:
        swaps.append((main_extractor, "BODY_XPATH", body))
    if precision is not None:
        swaps.append((main_extractor, "PRECISION_DISCARD_XPATH", precision))
    with _SWAP_LOCK:
        own = [getattr(module, name) for module, name, _ in swaps]
        for module, name, made in swaps:
            setattr(module, name, made)
        try:
            yield
        finally:
            for (module, name, _), expressions in zip(swaps, own, strict=True):
                setattr(module, name, expressions)


#: Held while trafilatura's modules carry our selectors: one thread's swap at a time (the
#: extractor runs in one thread today; re-entrant, so a nested block in it is harmless).
_SWAP_LOCK = threading.RLock()

#: The name both trafilatura modules read the discard expressions by.
_DISCARD = "OVERALL_DISCARD_XPATH"
