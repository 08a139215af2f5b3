"""trafilatura's body search in precision mode, called step by step so that it skips the
work whose result provably cannot change its answer.

``trafilatura.bare_extraction(tree, favor_precision=True, include_comments=False,
with_metadata=False)`` does, for one tree: a copy of the tree; the raw-tree prunes;
cleaning and tag conversion; its main extractor; then a comparison with readability
(after its whole-tree ``OVERALL_DISCARD`` pass and another copy) and, for unclean or short
results, justext. :func:`body_text` runs the same steps on our tree (which it changes: the
caller reads it no more, so the first copy is left out), and leaves out readability with
its discard pass and copy where readability's text cannot be preferred:

trafilatura prefers readability's text (length ``a``) over its own (length ``t``) only if
``t == 0``, or ``a > 2 t``, or its own body has no paragraph text or more tables than
paragraphs (and ``a > 2 × MIN_EXTRACTED_SIZE``). Readability's text is the raw tree's text
with parts removed, never added to (it moves and drops elements and their text; the one
text it writes, "VIDEO" into a video ``<iframe>``, cannot occur: the tree then holds no
``<iframe>``, which is checked), and removing parts of a text never makes its
whitespace-folded length grow. Readability first drops every ``<script>``, ``<style>`` and
``<fencedframe>`` (their text, not their tails). So ``a`` is at most the folded length of the
raw tree's text outside scripts and styles (:func:`readable_length`), and when that is at
most ``2 t`` on a page whose own body has paragraph text and no more tables than paragraphs,
readability's result is computed for nothing (measured on the dev pages: 207 of 288 with
scripts and styles left out, 151 with them; readability was preferred on 13 pages, none of
them among the 207).
Where that bound is more than ``2 t``, the parts trafilatura's discard prune surely
takes out of readability's input first (:func:`discarded_length`: elements its class and id
patterns select, their characters and the spaces between their words) come off it; and
where ``t`` is over twice the bound, trafilatura keeps its own body whatever its shape (on
the dev pages: 247 of 288 pages skip readability, and its prune of the whole raw tree,
instead of 207; 241 when only the characters came off and the shape was always asked).
There trafilatura's own comparison is handed an empty page for readability (about 0.15 ms
instead of readability and the discard pass on the whole page): readability's text is then
empty, which trafilatura never prefers, and the rest of its comparison (the justext check
of unclean or short bodies) runs unchanged.

The cleaning step copies the cleaned tree for justext, which reads it only for a body with
parts its sanitizing takes out or under ``MIN_EXTRACTED_SIZE`` characters: where
readability cannot win that is known after trafilatura's own search, and the cleaned tree
is then made for justext only if it will read it (cleaning a copy of the same tree again;
on the dev pages 2 of the 256 pages where readability cannot win need it). Where
readability runs it is handed our tree itself, not a copy (read no more after that).

Only the trafilatura versions whose steps this module was checked against
(:data:`~newsarchive.extract.data.TRAFILATURA_STEPWISE_VERSIONS`) are run step by step;
any other runs the public ``bare_extraction`` call, with the same result.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from copy import copy
from datetime import date
from typing import Any

from lxml import etree, html

from newsarchive.extract import data
from newsarchive.extract.discard import cheaper_discard

#: ``bare_extraction``'s settings for our body text (what :func:`body_text` repeats step by step).
PUBLIC_SETTINGS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "with_metadata": False,
    "favor_precision": True,
}

#: ``bare_extraction``'s settings for the fallback (:func:`recall_text`) on a page where our
#: precision run finds no text: recall mode, tables kept, no comments, no metadata.
RECALL_SETTINGS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "with_metadata": False,
    "favor_recall": True,
}

#: The page readability is given where its text cannot be preferred.
EMPTY_PAGE = "<html></html>"


@functools.lru_cache(maxsize=1)
def stepwise() -> bool:
    """True if the installed trafilatura is one whose steps :func:`body_text` repeats."""
    import trafilatura

    version = getattr(trafilatura, "__version__", "")
    return any(version.startswith(prefix) for prefix in data.TRAFILATURA_STEPWISE_VERSIONS)


def body_text(tree: etree._Element, url: str) -> str:
    """trafilatura's body text of ``tree`` in precision mode, tables kept, no comments, no
    metadata: the text of ``bare_extraction`` with those settings (``""`` when it finds none).
    Changes ``tree``."""
    if not stepwise():
        return _public_call(tree, url)
    if tree.getparent() is not None:
        tree = copy(tree)  # (a part of a page, as bare_extraction sees it: its own root)
    from trafilatura import core

    options = extractor_options(url)
    try:
        body = _steps(tree, url, options)
    except (TypeError, ValueError):
        return ""  # (bare_extraction discards the page on these)
    if body is None:
        return ""
    return str(core.xmltotxt(body, options.formatting) or "")


def extractor_options(url: str) -> Any:
    """trafilatura's options for our body text and ``url``: a copy of one built per day with
    its url set as ``Extractor.__init__`` sets it (the constructor reads its settings from a
    ``ConfigParser``, about 0.12 ms a page; a copy is 0.01 ms). The steps change no option;
    the one that depends on the day (its date parameters) they do not read."""
    options = copy(_options_template(date.today()))
    options.url = url
    options.source = url.encode("utf-8", "replace").decode("utf-8") if url else None
    return options


@functools.lru_cache(maxsize=1)
def _options_template(day: date) -> Any:
    from trafilatura.settings import Extractor

    return Extractor(output_format="python", precision=True, comments=False, tables=True)


def _steps(tree: etree._Element, url: str, options: Any) -> etree._Element | None:
    """The body element trafilatura's steps find, ``None`` if too short to keep."""
    from trafilatura import core, external

    is_forum = core._forum_thread_page(tree)
    # (read once: the prunes and trafilatura's cleaning only take elements away, and its tag
    # conversion writes no class or id)
    marks = class_and_id_text(tree)
    tree = _prune(tree, "RAW_TREE_PRUNE_XPATH", marks)
    tree = _prune(tree, "REMOVE_COMMENTS_AND_LISTS_XPATH", marks)
    # trafilatura's ``_prepare_tree`` without its copy of the cleaned tree for justext: that
    # copy is made below only where justext may run (cleaning a copy of ``tree`` again gives
    # the same tree: ``tree`` is not changed in between)
    cleaned = core.convert_tags(core.tree_cleaning(copy(tree), options), options, url)
    if not is_forum:
        cleaned = _prune(cleaned, "REMOVE_COMMENTS_XPATH", marks)
    with cheaper_discard():
        body, text = core.extract_content(cleaned, options)
    if readability_cannot_win(tree, body, len(text), options.min_extracted_size):
        raw = html.fromstring(EMPTY_PAGE)  # (readability finds no text: its own body stands)
        justext = _justext_runs(body, len(text), options.min_extracted_size)
    else:
        # (``tree`` itself: it is read no more once the copy for justext is made; the public
        # call hands readability a copy of the tree it read before, this same tree)
        raw, justext = tree, True
    backup = core.tree_cleaning(copy(tree), options) if justext else raw
    with cheaper_discard():
        body, text = external.compare_extraction(backup, raw, body, text, options)
    if len(text) < options.min_output_size and options.min_output_comm_size > 0:
        return None  # (bare_extraction's size check, with no comments)
    return body


_CLASSES = etree.XPath("//@class", smart_strings=False)
_IDS = etree.XPath("//@id", smart_strings=False)


def class_and_id_text(tree: etree._Element) -> str:
    """Every ``class`` and ``id`` value of the page, space-separated (two XPaths in C)."""
    return " ".join([*_CLASSES(tree), *_IDS(tree)])


def _prune(tree: etree._Element, name: str, marks: str) -> etree._Element:
    """trafilatura's prune ``name`` (a list of XPaths in :mod:`trafilatura.core`), run only
    where ``marks`` (:func:`class_and_id_text`) holds a text it needs
    (:data:`~newsarchive.extract.data.TRAFILATURA_PRUNE_NEEDLES`): elsewhere it selects
    nothing."""
    from trafilatura import core

    if not any(needle in marks for needle in data.TRAFILATURA_PRUNE_NEEDLES[name]):
        return tree
    return core.prune_unwanted_nodes(tree, getattr(core, name))


def readability_cannot_win(
    raw: etree._Element, body: etree._Element, length: int, min_extracted: int
) -> bool:
    """True if trafilatura's comparison cannot prefer readability's text over its own body
    (``length`` characters) on the raw tree ``raw`` (see the module's docstring)."""
    if length == 0:
        return False
    bound = readable_length(raw)
    if bound > 2 * length:
        bound -= discarded_length(raw)  # (what the prune before readability surely takes)
    if bound > 2 * length or next(raw.iter("iframe"), None) is not None:
        return False
    if bound <= 2 * min_extracted or 2 * bound < length:
        return True  # (trafilatura keeps its own body when it is over twice readability's)
    if not body.xpath(".//p//text()"):
        return False
    return len(body.findall(".//table")) <= len(body.findall(".//p"))


#: The tags the first of trafilatura's ``OVERALL_DISCARD_XPATH`` expressions selects.
_DISCARD_TAGS = ("div", "item", "list", "p", "section", "span")


@functools.lru_cache(maxsize=1)
def _discard_patterns() -> tuple[Callable[[str], bool], Callable[[str], bool]] | None:
    """The class and the id test of the first ``OVERALL_DISCARD_XPATH`` expression
    (``re:test(@class, ...)``, ``re:test(@id, ...)``: lxml runs them as Python ``search``),
    built from trafilatura's token lists and checked against the expression's text; None if
    they cannot be found there (then nothing is counted as discarded). Each answer is kept
    per value (:data:`DISCARD_TESTS_MAX`): values recur within and across pages, and the
    searches, with no literal text to skip to, took half of :func:`discarded_length`."""
    from trafilatura import xpaths

    try:
        both = xpaths._OVERALL_DISCARD_BOTH_TOKENS
        by_class = xpaths._alt(both + xpaths._OVERALL_DISCARD_CLASS_TOKENS)
        by_id = xpaths._alt(both + xpaths._OVERALL_DISCARD_ID_TOKENS)
        path = xpaths.OVERALL_DISCARD_XPATH[0].path
    except (AttributeError, IndexError, TypeError, ValueError):
        return None
    if f"re:test(@class, '{by_class}')" not in path or f"re:test(@id, '{by_id}')" not in path:
        return None
    for tag in _DISCARD_TAGS:
        if f"self::{tag}" not in path:
            return None
    return _kept_search(re.compile(by_class)), _kept_search(re.compile(by_id))


#: How many answers each test of :func:`_discard_patterns` keeps (about 100 class values a
#: page).
DISCARD_TESTS_MAX = 4096


def _kept_search(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """Whether ``pattern`` finds a match in a value, one answer kept per value."""

    @functools.lru_cache(maxsize=DISCARD_TESTS_MAX)
    def test(value: str) -> bool:
        return pattern.search(value) is not None

    return test


def discarded_length(raw: etree._Element) -> int:
    """A lower bound of what trafilatura's ``OVERALL_DISCARD_XPATH`` prune (run on the raw
    tree before readability reads it) takes off the folded length of the text
    :func:`readable_length` measures: for each of the outermost elements the class and id
    tests of its first expression select (:func:`_discard_patterns`), those without a
    script, style or ``<fencedframe>`` inside, its text's non-space characters and one
    space less than its words. The prune deletes every element its expressions select with
    its text (the tail stays in place); taking a text of ``w`` words out of a folded text
    takes its non-space characters and at least ``w - 1`` spaces with it (of its words, only
    the first and the last can be joined to the text around it, and where both are, the text
    before and after it join in turn), and taking text out never adds a space: the folded
    length of readability's input text is at most :func:`readable_length` minus this."""
    patterns = _discard_patterns()
    if patterns is None:
        return 0
    by_class, by_id = patterns
    counted: set[etree._Element] = set()
    total = 0
    for element in raw.iterdescendants(*_DISCARD_TAGS):
        classes, ident = element.get("class"), element.get("id")
        if not (
            (classes is not None and by_class(classes)) or (ident is not None and by_id(ident))
        ):
            continue
        if any(a in counted for a in element.iterancestors()):
            continue  # (its text is counted with the part around it)
        if next(element.iter("script", "style", "fencedframe"), None) is not None:
            continue
        counted.add(element)
        words = "".join(element.itertext()).split()
        total += sum(map(len, words)) + max(len(words) - 1, 0)
    return total


def _justext_runs(body: etree._Element, length: int, min_extracted: int) -> bool:
    """True if trafilatura's comparison hands the cleaned tree to justext for its own body
    (``length`` characters; readability's text not preferred): a body with parts its
    sanitizing would take out, or a short one."""
    from trafilatura import external

    return bool(body.xpath(external.SANITIZED_XPATH)) or length < min_extracted


def readable_length(raw: etree._Element) -> int:
    """An upper bound of the whitespace-folded length of readability's text on ``raw``: the
    text of ``raw`` without the content of the elements readability drops before anything
    else (``<script>``, ``<style>``; with a ``<fencedframe>`` the whole text). Their text is
    set aside for one C serialisation and put back (the HTML parser keeps it as the
    element's only text node; tails stay)."""
    hidden = []
    if next(raw.iter("fencedframe"), None) is None:
        hidden = [(element, element.text) for element in raw.iter("script", "style")]
    try:
        for element, _ in hidden:
            element.text = None
        text = etree.tostring(raw, method="text", encoding=str)
    finally:
        for element, content in hidden:
            element.text = content
    return len(" ".join(text.split()))


def _public_call(tree: etree._Element, url: str) -> str:
    import trafilatura

    doc = trafilatura.bare_extraction(tree, url=url, **PUBLIC_SETTINGS)
    return getattr(doc, "text", None) or ""


def recall_text(page_html: str, url: str) -> str:
    """trafilatura's body text of the page as served, in recall mode: the fallback where our
    precision run on the pruned tree finds no text (a short post, a newsletter, a text our
    pruning took for a box); ``""`` when it finds none either."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(page_html, url=url, **RECALL_SETTINGS)
    except (TypeError, ValueError):
        return ""  # (as body_text: the page is discarded on these)
    return getattr(doc, "text", None) or ""
