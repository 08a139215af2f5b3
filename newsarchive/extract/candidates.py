"""trafilatura's body candidates and its precision prune made in Python for its main extractor
(see :mod:`~newsarchive.extract.discard`, which swaps them in for our call only).

trafilatura's main extractor takes, of each ``BODY_XPATH`` expression in turn, its first
element (``next`` of the selection); three of them test every ``<article>``, ``<div>``,
``<main>`` and ``<section>`` with ``re:test`` (a call from libxml2 back into Python per test
and element, attribute or not), and its precision prune tests every ``<div>``, ``<p>`` or
``<span>`` twice so: on the dev pages about a twentieth of our CPU time. Here the first
element those three select is found in one walk that stops at it (the first expression,
``.//*[...][1]``, selects the first such child of each parent: its first element is the
first in the document), and the precision prune's second expression selects its elements in
document order; elements with no attribute are skipped (every test needs one).

Each expression is rebuilt from trafilatura's token lists and compared with trafilatura's
text (:func:`selectors`): where one differs, trafilatura's own stays. ``re:test`` reads
``@id|@class`` as the value of the one written first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from lxml import etree

Selector = Callable[[etree._Element], list[etree._Element]]

#: The tags the three body expressions select.
_BODY_TAGS = ("article", "div", "main", "section")
#: The tags the precision prune's second expression selects.
_PRECISION_TAGS = ("div", "item", "list", "p", "section", "span")
_BOTTOM = r"(^|\s)bottom|bottom(\s|$)"
_LINK = r"(^|\s)link(\s|$)"


def _article_text(by_id: str, by_class: str) -> str:
    return f"""
        .//*[self::article or self::div or self::main or self::section][
        @class='post' or @class='entry' or
        @itemprop='articleBody' or @id='articleContent' or
        re:test(@id, '{by_id}') or
        re:test(@class, '{by_class}')
        ][1]
        """


def _story_text(by_id: str, by_class: str) -> str:
    return f"""
        (.//*[self::article or self::div or self::main or self::section][
        @role='article' or
        @id='article' or @id='story' or
        @class='postarea' or @class='art-postcontent' or @class='text' or @class='cell' or @class='story' or
        re:test(@id, '{by_id}') or
        re:test(@class, 'fulltext', 'i') or
        re:test(@class, '{by_class}')
        ])[1]
        """  # noqa: E501  (trafilatura's line, compared as written)


def _main_text(by_id: str, by_class: str) -> str:
    return f"""
        (.//*[self::article or self::div or self::main or self::section][
        @id='content' or @class='content' or
        re:test(@id, '{by_id}') or
        re:test(@class, '{by_class}') or
        contains(translate(@id, 'CM','cm'), 'main-content') or contains(translate(@class, 'CM','cm'), 'main-content') or
        contains(translate(@class, 'CP','cp'), 'page-content')
        ])[1]
        """  # noqa: E501  (trafilatura's line, compared as written)


_PRECISION_TEXT = f"""
    .//*[self::div or self::item or self::list or self::p or self::section or self::span][
    re:test(@id|@class, '{_BOTTOM}') or re:test(@id|@class, '{_LINK}') or
    contains(@style, 'border')]
    """


def _first_hit(test: Callable[[Any], bool]) -> Selector:
    """The first element of ``_BODY_TAGS`` under the tree that ``test`` (given its ``get``)
    passes, as a list of one (none: an empty list)."""

    def select(tree: etree._Element) -> list[etree._Element]:
        for element in tree.iterdescendants(*_BODY_TAGS):
            if element.keys() and test(element.get):
                return [element]
        return []

    return select


def _article(by_id: re.Pattern[str], by_class: re.Pattern[str]) -> Selector:
    def test(get: Any) -> bool:
        classes, ident = get("class"), get("id")
        return (
            classes in ("post", "entry")
            or get("itemprop") == "articleBody"
            or ident == "articleContent"
            or (ident is not None and by_id.search(ident) is not None)
            or (classes is not None and by_class.search(classes) is not None)
        )

    return _first_hit(test)


_STORY_CLASSES = ("postarea", "art-postcontent", "text", "cell", "story")
_FULLTEXT = re.compile("fulltext", re.IGNORECASE)


def _story(by_id: re.Pattern[str], by_class: re.Pattern[str]) -> Selector:
    def test(get: Any) -> bool:
        classes, ident = get("class"), get("id")
        return (
            get("role") == "article"
            or ident in ("article", "story")
            or classes in _STORY_CLASSES
            or (ident is not None and by_id.search(ident) is not None)
            or (classes is not None and _FULLTEXT.search(classes) is not None)
            or (classes is not None and by_class.search(classes) is not None)
        )

    return _first_hit(test)


def _main(by_id: re.Pattern[str], by_class: re.Pattern[str]) -> Selector:
    def test(get: Any) -> bool:
        classes, ident = get("class"), get("id")
        return (
            ident == "content"
            or classes == "content"
            or (ident is not None and by_id.search(ident) is not None)
            or (classes is not None and by_class.search(classes) is not None)
            or (ident is not None and "main-content" in ident.replace("C", "c").replace("M", "m"))
            or (
                classes is not None
                and (
                    "main-content" in classes.replace("C", "c").replace("M", "m")
                    or "page-content" in classes.replace("C", "c").replace("P", "p")
                )
            )
        )

    return _first_hit(test)


def _precision() -> Selector:
    bottom, link = re.compile(_BOTTOM), re.compile(_LINK)

    def select(tree: etree._Element) -> list[etree._Element]:
        out = []
        for element in tree.iterdescendants(*_PRECISION_TAGS):
            if not element.keys():
                continue
            get = element.get
            style = get("style")
            named = ""
            if get("class") is not None or get("id") is not None:
                named = next(v for k, v in element.items() if k in ("id", "class"))
            if (named and (bottom.search(named) or link.search(named))) or (
                style is not None and "border" in style
            ):
                out.append(element)
        return out

    return select


@functools.lru_cache(maxsize=1)
def selectors() -> tuple[list[Any] | None, list[Any] | None]:
    """trafilatura's ``BODY_XPATH`` and ``PRECISION_DISCARD_XPATH`` with the expressions
    made here in place of theirs (None for a list whose text is not the one rebuilt)."""
    from trafilatura import xpaths

    alt = xpaths._alt
    body: list[Any] | None = None
    precision: list[Any] | None = None
    try:
        own = list(xpaths.BODY_XPATH)
        made = {
            0: (_article_text, _article, "_ARTICLE_CONTENT"),
            2: (_story_text, _story, "_STORY"),
            3: (_main_text, _main, "_MAIN_CONTENT"),
        }
        replaced = list(own)
        for position, (text, build, name) in made.items():
            by_id = alt(getattr(xpaths, f"{name}_ID_TOKENS"))
            by_class = alt(getattr(xpaths, f"{name}_CLASS_TOKENS"))
            if own[position].path != text(by_id, by_class):
                break
            replaced[position] = build(re.compile(by_id), re.compile(by_class))
        else:
            body = replaced
        discard = list(xpaths.PRECISION_DISCARD_XPATH)
        if len(discard) == 2 and discard[1].path == _PRECISION_TEXT:
            precision = [discard[0], _precision()]
    except (AttributeError, IndexError, TypeError, ValueError):
        return None, None
    return body, precision
