"""Visibility: whether an author's name is shown to readers or only in hidden markup (rich
snippets for search engines), for :mod:`newsarchive.extract.authors`."""

from __future__ import annotations

import functools

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import visible_text, xml_tokens
from newsarchive.extract.text import fold

#: Elements that may be hidden (:func:`_is_hidden` tells), below the ``<body>`` (a body class
#: such as "menu-hidden" marks a state, not a part); :func:`_unseen` keeps the outermost ones.
_MAYBE_HIDDEN = etree.XPath(".//*[@hidden or @style or @class]")


@functools.lru_cache(maxsize=16384)
def _hidden_classes(classes: str) -> bool:
    """True for a class attribute with a word of :data:`~.data.HIDDEN_CLASSES` (values recur)."""
    return any(token in data.HIDDEN_CLASSES for token in xml_tokens(classes))


def _is_hidden(element: etree._Element) -> bool:
    """True for an element with a ``hidden`` attribute, ``display:none`` in its style
    (spaces aside) or a class word of :data:`~newsarchive.extract.data.HIDDEN_CLASSES`."""
    if element.get("hidden") is not None:
        return True
    style, classes = element.get("style"), element.get("class")
    return bool(
        (style is not None and data.HIDDEN_STYLE in style.replace(" ", ""))
        or (classes is not None and _hidden_classes(classes))
    )


def _unseen(values: list[str], tree: etree._Element) -> bool:
    """True if no value occurs in the page's visible text (a theme's or site's meta author);
    text in hidden elements (rich snippets for search engines) is not visible."""
    body = tree.find("body")
    shown = visible_text(tree)
    if body is None or shown is None:
        return False
    text = fold(shown).lower()
    wanted = [v for v in (fold(v).lower() for v in values) if v in text]
    if not wanted:
        return True
    found = [e for e in _MAYBE_HIDDEN(body) if _is_hidden(e)]
    inside = set(found)
    outer = [e for e in found if not any(a in inside for a in e.iterancestors())]
    hidden = fold(" ".join(" ".join(e.itertext()) for e in outer)).lower()
    return all(text.count(v) <= hidden.count(v) for v in wanted)
