"""Tree pruning before the body search: our boilerplate removal on the page's tree
(site XPaths, boilerplate classes and ids, source lists; Cloudflare's hidden e-mail addresses
are decoded before, in :mod:`~newsarchive.extract.cfemail`), the
elements trafilatura's cleaning deletes anyway, then trafilatura's body lines
(:func:`body_lines`, through :mod:`~newsarchive.extract.mainbody`). Every function here
changes the tree; the paragraph rules on the lines are in :mod:`~newsarchive.extract.body`."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from itertools import islice

from lxml import etree

from newsarchive.extract import data, layout
from newsarchive.extract.adblocks import drop_ad_blocks
from newsarchive.extract.boxedheads import boxed_subheadings
from newsarchive.extract.comments import drop_comment_sections
from newsarchive.extract.divtext import div_paragraphs
from newsarchive.extract.docprint import drop_small_print
from newsarchive.extract.emphasislabels import drop_emphasis_labels
from newsarchive.extract.headlists import head_lists
from newsarchive.extract.index import forget, form_part, has_field, page_index
from newsarchive.extract.langnotes import drop_language_notes
from newsarchive.extract.latecomments import drop_late_comment_sections
from newsarchive.extract.layout import drop_image_captions, unwrap_layout_tables
from newsarchive.extract.lists import restore_lists, text_lists
from newsarchive.extract.mainbody import body_text
from newsarchive.extract.openinglists import opening_lists
from newsarchive.extract.parsing import element_text, xpath
from newsarchive.extract.replyposts import drop_reply_posts
from newsarchive.extract.summaryboxes import summary_box_lists, summary_label
from newsarchive.extract.text import ascii_twin, fold
from newsarchive.extract.widgets import open_author_entries, open_content_widgets
from newsarchive.extract.wrappedheads import subheading_pair, wrapped_subheadings

logger = logging.getLogger(__name__)


def drop_xpaths(tree: etree._Element, xpaths: Iterable[str]) -> None:
    forget(tree)
    for expression in xpaths:
        try:
            elements = xpath(tree, expression)
        except etree.XPathError as error:
            logger.warning("bad XPath %r: %s", expression, error)
            continue
        for element in elements:
            if element.tag in ("html", "body", "article", "main"):
                continue
            if element.getparent() is not None:
                element.drop_tree()


_BOILERPLATE_TOKEN_ASCII = ascii_twin(data.BOILERPLATE_TOKEN)


@functools.lru_cache(maxsize=8192)
def _boilerplate_token(token: str) -> bool:
    """True for a class or id token naming boilerplate (tokens recur within and across pages;
    an ASCII one lowered and matched case-sensitively: :func:`~.text.ascii_twin`)."""
    module = data.CSS_MODULE_CLASS.fullmatch(token) if "__" in token else None
    if module:  # "AuthorBios_bios__Ns4Fe": its component, "author-bios"
        token = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", module.group("component"))
    if "--" in token and data.DRUPAL_AUTHOR_BOX.fullmatch(token):
        return True  # "paragraph--type--autorenbox"
    if _BOILERPLATE_TOKEN_ASCII is not None and token.isascii():
        return _BOILERPLATE_TOKEN_ASCII.fullmatch(token.lower()) is not None
    return data.BOILERPLATE_TOKEN.fullmatch(token) is not None


#: :func:`class_verdict`'s answers.
KEEP, BOILERPLATE, EMBEDDED_POST = 0, 1, 2


@functools.lru_cache(maxsize=16384)
def class_verdict(classes: str) -> int:
    """What a class attribute names: :data:`BOILERPLATE` if one of its tokens names
    boilerplate, else :data:`EMBEDDED_POST` if one names an embedded social post, else
    :data:`KEEP` (one answer kept per attribute value: whole attributes recur too; the
    tokens are tested with ``map``, in C, where a generator resumed once a token cost a
    tenth of this function on the dev pages)."""
    tokens = classes.split()
    if any(map(_boilerplate_token, tokens)):
        return BOILERPLATE
    if any(map(data.EMBEDDED_POST_TOKEN.fullmatch, tokens)):
        return EMBEDDED_POST
    return KEEP


def _signed_post(quote: etree._Element) -> bool:
    """A blockquote closing with an embedded post's byline "— Name (@handle) date"
    (:data:`~.data.EMBEDDED_POST_SIGNATURE`), in its last few hundred characters."""
    text = "".join(quote.itertext())[-data.EMBEDDED_POST_TAIL :]
    return data.EMBEDDED_POST_SIGNATURE.search(text) is not None


def drop_boilerplate(tree: etree._Element, total: int | None = None) -> None:
    """Remove forms and elements whose class or id names boilerplate (bios, comments...),
    figure captions, the comment sections (:data:`~newsarchive.extract.data.BOILERPLATE_IDS`)
    and embedded social posts on a page with only a few
    (:data:`~newsarchive.extract.data.EMBEDDED_POSTS_MAX`); never the page's ``<html>``,
    ``<body>``, ``<article>`` or ``<main>``.

    ``total`` is the length of the page's folded body text, if the caller has it."""
    if total is None:
        body = tree.find("body")
        total = len(element_text(body)) if body is not None else 0
    doomed: list[etree._Element] = []
    always: list[etree._Element] = []
    embeds: list[etree._Element] = []
    opened: list[etree._Element] = []
    index = page_index(tree)
    # (a form of hidden inputs only wraps a post's text: no part to drop)
    forms = {e for _, e in index.tags["form"] if form_part(e) and has_field(e)}
    # (an element's tag is read only once one of its attributes or its form has marked it)
    for _, element, classes, ident in index.marked:
        verdict = class_verdict(classes) if classes else KEEP
        named = ident in data.BOILERPLATE_IDS  # (dropped whatever its size)
        if verdict == BOILERPLATE or (
            ident and (_boilerplate_token(ident) or data.SIDE_COLUMN_ID.fullmatch(ident))
        ):
            if fact_label(element) is not None and not _person_box(element):
                opened.append(element)  # a box of background written for the article
                continue
            hit: list[etree._Element] | None = doomed
        elif forms and element in forms:
            hit = doomed
        elif verdict == EMBEDDED_POST:
            hit = embeds
        else:
            hit = None
        if (hit is None and not named) or element.tag in _NEVER_DROPPED:
            continue
        if hit is not None:
            hit.append(element)
        if named:
            always.append(element)
    _open(opened)
    embeds += [q for _, q in index.tags["blockquote"] if q not in embeds and _signed_post(q)]
    if len(embeds) <= data.EMBEDDED_POSTS_MAX:
        doomed += embeds  # a few posts quoted in an article (a round-up of many keeps them)
    forget(tree)
    dropped: set[etree._Element] = set()
    limit = total * data.BOILERPLATE_MAX_SHARE
    for element in doomed:
        parent = element.getparent()
        if parent is None or any(a in dropped for a in element.iterancestors()):
            continue  # (inside a part already dropped: nothing left to remove)
        if total and longer_than(element, limit):
            continue
        if element.find(".//article//h1") is not None:
            continue  # a layout's frame around the article ("right-rail" holding Arc's "__main")
        element.drop_tree()
        dropped.add(element)
    for tag in data.BOILERPLATE_TAGS:
        for element in index.tag(tag):
            if element.getparent() is not None:
                element.drop_tree()
    for element in always:
        if element.getparent() is not None:
            element.drop_tree()


#: The elements :func:`drop_boilerplate` never removes (the page and its article frame).
_NEVER_DROPPED = frozenset({"html", "body", "article", "main"})


def drop_source_lists(tree: etree._Element) -> None:
    """Remove a list of the sources a text used, with its heading ("Verwendete Quellen",
    :data:`~newsarchive.extract.data.SOURCES_HEADING`): it names where the text comes from,
    it is no part of it."""
    doomed: list[etree._Element] = []
    for element in tree.iter("ul", "ol"):
        before = element.getprevious()
        if before is not None and _is_sources_heading(before):
            doomed += [before, element]
            # the list's rest, folded away behind a "more" switch or set as a second list
            after = element.getnext()
            while after is not None and (
                after.tag in ("ul", "ol")
                or (after.tag == "details" and next(after.iter("li"), None) is not None)
            ):
                doomed.append(after)
                after = after.getnext()
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _is_sources_heading(element: etree._Element) -> bool:
    text = element.text_content() if hasattr(element, "text_content") else ""
    return len(text) < 40 and data.SOURCES_HEADING.fullmatch(fold(text)) is not None


def longer_than(element: etree._Element, limit: float) -> bool:
    """True if the element's folded text is longer than ``limit`` (folding only shortens
    it, so the raw text decides most elements without folding)."""
    raw = element.text_content() if hasattr(element, "text_content") else ""
    return len(raw) > limit and len(fold(raw)) > limit


def body_lines(tree: etree._Element, url: str, document: bool = False) -> list[str]:
    """The body's lines from trafilatura, run on ``tree`` (which it leaves changed);
    ``document``: a PDF converted to HTML (:func:`~.docheads.converted_pages`)."""
    forget(tree)
    if document:
        drop_small_print(tree)  # its running head and foot (its styles still read)
    open_content_widgets(tree)
    open_author_entries(tree)
    drop_person_boxes(tree)
    open_fact_boxes(tree)
    drop_deleted_tags(tree)
    drop_image_captions(tree)  # (before the pictures are stripped)
    layout.drop_contact_cards(tree)
    drop_comment_sections(tree)
    drop_late_comment_sections(tree)
    drop_reply_posts(tree)  # a thread's "Re: …" posts under its opening post
    drop_ad_blocks(tree)
    drop_language_notes(tree)  # "Diese Meldung gibt es auch auf Türkisch" and its link
    etree.strip_tags(tree, *data.TRAFILATURA_STRIPPED_TAGS)
    unwrap_layout_tables(tree)
    drop_empty_inline(tree)
    div_paragraphs(tree)
    drop_emphasis_labels(tree)  # "<strong>Mein Tipp:</strong> …" (the plain label stays)
    unwrap_heading_anchors(tree)
    headings = subheadings(tree) + wrapped_subheadings(tree) + boxed_subheadings(tree)
    lists = text_lists(tree)
    openers = opening_lists(tree)
    boxes = summary_box_lists(tree) + head_lists(tree)
    text = body_text(tree, url)
    lines = [line for line in map(fold, text.split("\n")) if line]  # (each folded once)
    lines = restore_lists(lines, lists) if lists else lines
    lines = restore_lists(lines, openers, above=True) if openers else lines
    lines = restore_lists(lines, boxes, above=True) if boxes else lines
    return restore_subheadings(lines, headings) if headings else lines


def fact_label(box: etree._Element) -> etree._Element | None:
    """The label opening a box written for the article ("Hintergrund", "Zur Person",
    :data:`~newsarchive.extract.data.FACT_BOX_LABEL`): its first child, if the box has
    text after it; else None."""
    label = next(
        box.iterchildren("h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "span", "div"), None
    )
    if label is None or label.getprevious() is not None or (box.text or "").strip():
        return None
    text = fold(element_text(label))
    if len(text) > 40 or not data.FACT_BOX_LABEL.fullmatch(text):
        return summary_label(box)
    return label if len(fold(element_text(box))) > len(text) + 40 else None


def _person_box(box: etree._Element) -> bool:
    """True for a fact box opened by "Zur Person" (:data:`~.data.PERSON_BOX_LABEL`)."""
    label = fact_label(box)
    return label is not None and bool(data.PERSON_BOX_LABEL.fullmatch(fold(element_text(label))))


def drop_person_boxes(tree: etree._Element) -> None:
    """Remove the boxes of a person's portrait ("Zur Person" over a bio, in a ``<div>``,
    ``<aside>`` or ``<section>``): readers take them for no part of the text."""
    labels = [
        element
        for element in tree.iter(etree.Element)
        if (text := (element.text or "").strip())
        and len(text) < 20  # (the label's own text node: no subtree read on most elements)
        and data.PERSON_BOX_LABEL.fullmatch(fold(text))
    ]
    for label in labels:
        for box in islice(label.iterancestors("div", "aside", "section"), 3):
            if _person_box(box) and box.getparent() is not None:
                box.drop_tree()
                break


def open_fact_boxes(tree: etree._Element) -> None:
    """An ``<aside>`` opened by a fact box's label (:func:`fact_label`) becomes a ``<div>``
    without its label: its text is the article's (background written for it), which
    trafilatura's cleaning would delete with the aside."""
    _open(list(tree.iter("aside")))


def _open(boxes: list[etree._Element]) -> None:
    for box in boxes:
        label = fact_label(box)
        if label is not None and box.getparent() is not None:
            label.drop_tree()
            box.tag = "div"


def subheadings(tree: etree._Element) -> list[tuple[str, str]]:
    """The page's subheadings (``<h2>``-``<h6>`` up to
    :data:`~newsarchive.extract.data.SUBHEADING_MAX_CHARS`), each with the start of the
    paragraph right after it (a ``<p>`` or a quote's ``<blockquote>`` sibling,
    :data:`~newsarchive.extract.data.SUBHEADED_TAGS`)."""
    found = []
    for heading in tree.iter(*data.HEADING_TAGS):
        after = heading.getnext()
        if after is None or after.tag not in data.SUBHEADED_TAGS:
            continue
        pair = subheading_pair(heading, after)
        if pair is not None:
            found.append(pair)
    return found


def restore_subheadings(lines: list[str], headings: list[tuple[str, str]]) -> list[str]:
    """``lines`` with the subheadings trafilatura left out put back above the paragraph
    they head: its fallbacks (justext, readability), which read a page without a content
    container it knows, drop every heading. Not above the first line (a kicker or title)."""
    kept = set(lines)
    starts = {line[: data.SUBHEADING_KEY_CHARS]: i for i, line in enumerate(lines) if i}
    places = {}
    for title, start in headings:
        i = starts.get(start)
        if i is not None and title not in kept and lines[i - 1] != title:
            places[i] = title
    if not places:
        return lines
    restored = []
    for i, line in enumerate(lines):
        if i in places:
            restored.append(places[i])
        restored.append(line)
    return restored


#: The tag JSON-LD scripts wear while :func:`drop_deleted_tags` removes the other scripts.
_KEPT_SCRIPT = "newsarchive-jsonld"


def drop_deleted_tags(tree: etree._Element) -> None:
    """Remove the elements trafilatura's cleaning deletes (see
    :data:`~newsarchive.extract.data.TRAFILATURA_DELETED_TAGS`) with their subtrees, keeping
    their tail text and the JSON-LD scripts (its forum check reads them): one pass in lxml's
    C code (``strip_elements``) instead of a Python loop a page (measured: the same tree on
    every dev page, this step's time -20 %). A ``<figure>`` holding a table (the block
    editors' ``figure.wp-block-table``) is the text's table, not a picture: it becomes a
    ``<div>`` and stays."""
    for table in tree.iter("table"):
        for frame in table.iterancestors("figure"):
            frame.tag = "div"
    kept = [e for e in tree.iter("script") if e.get("type") == "application/ld+json"]
    for element in kept:
        element.tag = _KEPT_SCRIPT
    try:
        etree.strip_elements(tree, *data.TRAFILATURA_DELETED_TAGS, with_tail=False)
    finally:
        for element in kept:
            element.tag = "script"


def drop_empty_inline(tree: etree._Element) -> None:
    """Remove the empty inline elements trafilatura's cleaning deletes anyway, leaving no
    parent empty (see :data:`~newsarchive.extract.data.TRAFILATURA_EMPTY_TAGS`)."""
    empty = [
        element
        for element in tree.iterdescendants(*data.TRAFILATURA_EMPTY_TAGS)
        if element.text is None and element.tail is None and not len(element)
    ]
    for element in empty:
        parent = element.getparent()
        if parent is not None and (len(parent) > 1 or parent.text is not None):
            parent.remove(element)  # (a parent left empty would be deleted with its tail)


def unwrap_heading_anchors(tree: etree._Element) -> None:
    """Remove the empty inline elements inside subheadings (a table of contents' anchor,
    ``<h2><span id="frage-1"></span>Frage?</h2>``), their tail text kept in place:
    trafilatura's precision mode loses the text after one (a heading that starts with
    one, text and all). Only in headings: elsewhere the text after an empty ``<i>`` or
    ``<span>`` is mostly an icon's label ("Teilen"), which the loss happened to remove
    (measured: all elements 6 dev pages changed, snippet fold 5 0.955 → 0.952)."""
    empty = [
        element
        for heading in tree.iter(*data.HEADING_TAGS)
        for element in heading.iterdescendants(*data.TRAFILATURA_EMPTY_TAGS)
        if element.text is None and not len(element) and element.tail
    ]
    for element in empty:
        parent, tail = element.getparent(), element.tail
        if parent is None:
            continue
        before = element.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(element)
