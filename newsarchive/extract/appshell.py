"""An app shell's article: a single-page app's page shows a loading skeleton, a consent
layer and its navigation, while the article sits in a ``<noscript>`` block or in the app's
serialized state (``__NEXT_DATA__``, ``__NUXT__``, ``window.__INITIAL_STATE__``, a JSON-LD
``articleBody``). Where that hidden text is far longer than the shown one, the page is read
as its reader's browser shows it: the ``<noscript>`` block opens, or the state's paragraphs
join the page after its headline (issue 11, session 55: read on the app-shells kind,
de_full317 and de_full323)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import Any

import lxml.html
from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.givenname import without_titles
from newsarchive.extract.text import fold


def _shown_text(body: etree._Element) -> str:
    """The body's text a reader sees (scripts, styles, ``<noscript>`` blocks and templates
    left out), whitespace folded."""
    parts: list[str] = [body.text or ""]
    stack: list[etree._Element | str] = list(reversed(body))
    while stack:
        element = stack.pop()
        if isinstance(element, str):  # a tail, read after its element's own text
            parts.append(element)
            continue
        stack.append(element.tail or "")
        if not (isinstance(element.tag, str) and element.tag in data.UNSHOWN_TAGS):
            parts.append(element.text or "")
            stack.extend(reversed(element))
    return fold(" ".join(parts))


def _decoded(raw: str) -> str:
    """A string literal's value (its escapes read as JSON's); "" where they do not read."""
    raw = raw.replace("\\'", "'")
    raw = raw.replace("\\x3C", "<").replace("\\x3c", "<").replace("\\x3E", ">")
    try:
        value = json.loads(f'"{raw}"')
    except ValueError:
        return ""
    return value if isinstance(value, str) else ""


def _html_paragraphs(value: str) -> list[str]:
    """The paragraphs of an HTML string (its block elements' texts)."""
    try:
        fragment = lxml.html.fragment_fromstring(value, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    found = [fold(e.text_content()) for e in fragment.iter(*data.STATE_BLOCK_TAGS)]
    return [line for line in found if line]


def _is_prose(line: str) -> bool:
    """Whether a plain string reads as a paragraph: a few words that end a sentence."""
    return (
        len(line.split()) >= data.STATE_MIN_PARAGRAPH_WORDS
        and data.STATE_SENTENCE_END.search(line) is not None
        and not line.startswith(("http", "/", "{"))
    )


def _state_strings(source: str) -> Iterator[tuple[list[str], str]]:
    """A script's string values with the keys of their path (outermost first), in order."""
    path: list[str] = []  # the keys of the open brackets ("" for an array's or a key-less)
    key = ""
    for literal, colon, bare, bracket in data.STATE_TOKEN.findall(source):
        if bracket in ("[", "{"):
            path.append(key)
            key = ""
        elif bracket:
            path = path[:-1]
            key = ""
        elif colon or bare:
            key = literal or bare
        else:
            yield [*path, key], literal
            key = ""


def _hydrated(items: list[Any]) -> Any:
    """A flattened state (``devalue``'s array, as in Nuxt's ``__NUXT_DATA__``: every object
    maps its keys to the indices of their values) as the nested value it stands for."""

    def value(index: Any, depth: int) -> Any:
        if not isinstance(index, int) or not 0 <= index < len(items) or depth > 60:
            return None
        item = items[index]
        if isinstance(item, dict):
            return {key: value(at, depth + 1) for key, at in item.items()}
        if isinstance(item, list):
            if len(item) == 2 and item[0] in data.DEVALUE_WRAPPERS:
                return value(item[1], depth + 1)  # ["ShallowReactive", 2]
            return [value(at, depth + 1) for at in item]
        return item

    return value(0, 0)


def _script_sources(tree: etree._Element) -> Iterator[tuple[str, str]]:
    """The page's scripts as JSON or JavaScript source, each with its kind ("ld" for JSON-LD,
    "" for an app's state): Angular's escaped transfer state read back, a flattened state
    nested again."""
    for script in tree.iter("script"):
        source = script.text or ""
        if "&q;" in source:  # Angular's transfer state
            for escape, char in data.ANGULAR_ESCAPES:
                source = source.replace(escape, char)
        if '"' not in source:
            continue
        if source.lstrip().startswith("[{"):
            with contextlib.suppress(ValueError, RecursionError):
                items = json.loads(source)
                if isinstance(items[0], dict) and all(
                    isinstance(at, int) for at in items[0].values()
                ):
                    source = json.dumps(_hydrated(items), ensure_ascii=False)
        yield ("ld" if "ld+json" in (script.get("type") or "") else ""), source


def state_values(tree: etree._Element) -> list[tuple[list[str], str]]:
    """The string values of the page's scripts with the keys of their paths, in order (each
    path opens with its script's kind and number, "ld0" or "3": a headline is read from the
    paragraphs' script)."""
    return [
        ([f"{kind}{number}", *keys], _decoded(raw))
        for number, (kind, source) in enumerate(_script_sources(tree))
        for keys, raw in _state_strings(source)
    ]


def state_paragraphs(values: list[tuple[list[str], str]]) -> tuple[list[str], list[str]]:
    """The article paragraphs a state holds, in order, each once, and the path of the first
    (of the first in an app's state where there is one: the search engines' JSON-LD copy may
    name the writer otherwise):
    string values under a text key (:data:`~.data.STATE_TEXT_KEYS`) or holding HTML
    paragraphs, in no part of the state that holds other things
    (:data:`~.data.STATE_OTHER_PART`: comments, related articles, the consent layer)."""
    found: list[str] = []
    first: list[str] = []
    for keys, value in values:
        if any(data.STATE_OTHER_PART.search(k) for k in keys if k):
            continue
        if data.STATE_HTML.search(value):
            lines = _html_paragraphs(value)
        elif keys[-1] in data.STATE_TEXT_KEYS:
            lines = [fold(p) for p in value.split("\n") if _is_prose(fold(p))]
        else:
            continue
        if lines and (not first or (first[0].startswith("ld") and keys[0][:2] != "ld")):
            first = keys
        found += lines
    return list(dict.fromkeys(found)), first


def _within(keys: list[str], article: list[str]) -> bool:
    """Whether a value's path (its own key left out) leads into the article's object, the
    one whose paragraphs were read, and passes no part that holds other things."""
    parent = [k for k in keys[:-1] if k]
    return parent == [k for k in article if k][: len(parent)] and not any(
        data.STATE_OTHER_PART.search(k) for k in parent
    )


def state_headline(values: list[tuple[list[str], str]], article: list[str]) -> str:
    """The headline the state gives the article whose paragraphs were read: the first value
    under a headline key (:data:`~.data.STATE_HEADLINE_KEYS`) on the way to them."""
    for keys, value in values:
        if keys[-1] in data.STATE_HEADLINE_KEYS and value.strip() and _within(keys, article):
            return fold(value)
    return ""


def state_authors(values: list[tuple[list[str], str]], article: list[str]) -> list[str]:
    """The writers the state gives the article whose paragraphs were read: the persons'
    names of its author objects (``authors: [{name: …}]``) or its author strings."""
    found: list[str] = []
    for keys, value in values:
        named = [k for k in keys if k]
        at = next((i for i, k in enumerate(named) if data.STATE_AUTHOR_KEY.fullmatch(k)), -1)
        if at < 0 or named[at + 1 :] not in ([], ["name"]) or not value.strip():
            continue
        name = fold(value)  # (a person's name: not "Unternehmenskommunikation")
        if named[:at] == [k for k in article if k][:at] and data.BYLINE_NAME.fullmatch(
            without_titles(name)
        ):
            found.append(name)
    return list(dict.fromkeys(found))


def _noscript_article(body: etree._Element, shown: int) -> etree._Element | None:
    """The body's ``<noscript>`` block holding the article (its paragraphs' words far more
    than the page shows), or None."""
    for block in body.iter("noscript"):
        words = sum(len(p.text_content().split()) for p in block.iter("p"))
        if words >= data.SHELL_MIN_WORDS and words >= shown * data.SHELL_MIN_RATIO:
            return block
    return None


def open_app_shell(tree: etree._Element, page_html: str) -> etree._Element:
    """The page as a reader's browser shows it where it is an app shell: its ``<noscript>``
    article opened (read as a ``<div>``), or else its state's paragraphs the page does not
    show put after its headline; other pages are returned as they are."""
    body = tree.find("body")
    if body is None or not any(mark in page_html for mark in data.SHELL_MARKS):
        return tree
    unshown = sum(len(e.text_content()) for e in body.iter(*data.UNSHOWN_TAGS))
    if len(body.text_content()) - unshown > data.SHELL_MAX_SHOWN_CHARS:
        return tree  # (the shown text's length told cheaply: most pages show far more)
    shown_text = _shown_text(body)
    shown = len(shown_text.split())
    if shown > data.SHELL_MAX_SHOWN_WORDS:
        return tree
    block = _noscript_article(body, shown)
    if block is not None:
        block.tag = "div"
        return tree
    values = state_values(tree)
    paragraphs, path = state_paragraphs(values)
    paragraphs = [p for p in paragraphs if p not in shown_text]
    words = sum(len(p.split()) for p in paragraphs)
    if words < data.SHELL_MIN_WORDS or words < shown * data.SHELL_MIN_RATIO:
        return tree
    article = etree.Element("div", {"class": "article-body"})
    for paragraph in paragraphs:
        etree.SubElement(article, "p").text = paragraph
    heading = next((h for h in body.iter("h1") if not _unshown(h)), None)
    if heading is None and next(body.iter("h1"), None) is None:
        heading = _state_heading(body, article, values, path)  # shown once the app runs
    if heading is None:
        body.insert(0, article)  # (a headline for readers without scripts stands, or none)
    else:
        heading.addnext(article)
    return tree


def _state_heading(
    body: etree._Element,
    article: etree._Element,
    values: list[tuple[list[str], str]],
    path: list[str],
) -> etree._Element | None:
    """The state's headline put at the body's start as its ``<h1>``, and its writers as a
    byline opening ``article``; None where the state names no headline."""
    headline = state_headline(values, path)
    if not headline:
        return None
    heading = etree.Element("h1")
    heading.text = headline
    body.insert(0, heading)
    authors = state_authors(values, path)
    if authors:
        byline = etree.Element("p", {"class": "byline"})
        byline.text = data.STATE_BYLINE.format(data.STATE_BYLINE_JOINER.join(authors))
        article.insert(0, byline)
    return heading


def _unshown(element: etree._Element) -> bool:
    """Whether an element lies in a script, a style, a ``<noscript>`` block or a template."""
    return any(a.tag in data.UNSHOWN_TAGS for a in element.iterancestors())
