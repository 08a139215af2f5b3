"""The lead and the paywall: the teaser shown above the body (markup confirmed by the
description, :func:`find_lead`) and whether the article is behind a paywall
(:func:`is_paywalled`); both read the page's tree and metadata, neither changes them."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import (
    any_contains,
    class_text,
    page_index,
    shown_text,
    with_class,
)
from newsarchive.extract.metadata import Metadata, first, strings
from newsarchive.extract.parsing import element_text, page_text, xpath
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import fold, similar


def find_lead(
    tree: etree._Element,
    meta: Metadata,
    rules: SiteRules,
    body_text: str | None = None,
    title: str | None = None,
) -> str:
    """The teaser: markup lead (site rule or generic) confirmed by the description.

    ``body_text`` is the page's folded body text, if the caller has it; under an ``<h1>``
    that does not read the ``title`` (a section's "Presse", the site's name) stands that
    page's intro, no teaser of the article."""
    description = first(*strings(meta.jsonld.get("description")), meta.get(data.META_DESCRIPTION))
    if description and "<" in description:
        description = fold(re.sub(r"<[^>]+>", " ", description))  # JSON-LD holding HTML
    groups = [xpath(tree, rules.lead_xpath)] if rules.lead_xpath else lead_candidates(tree)
    intro = None
    for number, group in enumerate(groups):
        for element in group[:6]:
            text = _shown_text(element)
            if not 30 <= len(text) <= 800 or _holds_points(element):
                continue
            if data.AUTHOR_BIO_LINE.match(text):
                continue  # the author box under the headline ("A is a senior reporter at …")
            if rules.lead_xpath or (description and similar(text, description) >= 0.7):
                return text
            if intro is None and (
                (number == 1 and not rules.lead_xpath)  # a standfirst under the headline
                or _follows_headline(element)
                or xpath(element, data.ARTICLE_INTRO_XPATH)
            ):
                intro = None if _under_other_heading(element, title) else text
    if intro:
        return intro
    if description and not rules.lead_xpath:
        # a description the page never shows is a search-engine summary, not the teaser
        shown = page_text(tree) if body_text is None else body_text
        if fold(description)[:60] not in shown:
            return ""
    return description or ""


def _shown_text(element: etree._Element) -> str:
    """An element's text as shown, whitespace folded: without a script's or a JSON-LD
    block's text inside it (a teaser box holding an ad's script or the picture's JSON-LD
    gave that code as the lead on two real dev pages)."""
    if next(element.iter("script", "style"), None) is None:
        return element_text(element)
    return fold(shown_text(element))


def _marked(tree: etree._Element) -> bool:
    """True if a class or an id of the page marks a paywall (:data:`~.data.PAYWALL_CLASS_PARTS`,
    :data:`~.data.PAYWALL_ID_PARTS`), a paywall plugin's wrapper on every post aside
    (:data:`~.data.PAYWALL_WRAPPER`: Steady's ``steady-paywall-container``, on free posts too;
    the wrapper is taken out only where a part is found at all, as on most pages none is)."""
    index = page_index(tree)
    classes = class_text(index)[0]
    parts = data.PAYWALL_CLASS_PARTS
    if any(p in classes for p in parts):
        unwrapped = data.PAYWALL_WRAPPER.sub("", classes)
        if any(p in unwrapped for p in parts):
            return True
    idents = [ident for _, _, _, ident in index.marked if ident]
    if not any_contains(idents, data.PAYWALL_ID_PARTS):
        return False
    return any_contains((data.PAYWALL_WRAPPER.sub("", i) for i in idents), data.PAYWALL_ID_PARTS)


def _holds_points(element: etree._Element) -> bool:
    """True for an element holding a list or a heading: a summary box of key points ("Das
    Wichtigste in Kürze" over a list, in a ``summary`` class), not the teaser (read on
    de_full7's blogs)."""
    return next(element.iterdescendants(*data.LEAD_NOT_INSIDE_TAGS), None) is not None


def _follows_headline(element: etree._Element) -> bool:
    """True for an element placed right after the page's ``<h1>`` (comments between them
    aside), or right after the wrapper that holds only the ``<h1>``: the standfirst under
    the headline, whatever the description says."""
    return _heading_before(element) is not None


def _heading_before(element: etree._Element) -> etree._Element | None:
    """The ``<h1>`` right before an element, or alone in the wrapper right before it."""
    before = _sibling(element, -1)
    if before is not None and before.tag != "h1":
        only = _only_child(before)
        if only is not None and only.tag == "h1":
            before = only
    return before if before is not None and before.tag == "h1" else None


def _under_other_heading(element: etree._Element, title: str | None) -> bool:
    """True for an element right under an ``<h1>`` (:func:`_heading_before`) whose text
    neither holds the page's ``title`` nor is held in it: that page's intro under a
    section's "Presse" or the site's name, the article's headline elsewhere (session 48,
    read on de_full180)."""
    heading = _heading_before(element) if title else None
    if heading is None or not title:
        return False
    shown, wanted = fold(element_text(heading)).lower(), fold(title).lower()
    return bool(shown) and shown not in wanted and wanted not in shown


def _only_child(element: etree._Element) -> etree._Element | None:
    """The one child element of a wrapper with no text of its own before it, if it has one."""
    if (element.text or "").strip():
        return None
    children = [child for child in element if isinstance(child.tag, str)]
    return children[0] if len(children) == 1 else None


def _sibling(element: etree._Element, step: int) -> etree._Element | None:
    """The element after (``step`` 1) or before (-1) this one, comments skipped."""
    other = element.getnext() if step > 0 else element.getprevious()
    while other is not None and not isinstance(other.tag, str):
        other = other.getnext() if step > 0 else other.getprevious()
    return other


def lead_candidates(tree: etree._Element) -> list[list[etree._Element]]:
    """Elements that may hold the lead, in the order tried (see
    :data:`~newsarchive.extract.data.LEAD_CLASS_PARTS`)."""
    index = page_index(tree)
    described = [
        e
        for _, e, p in index.itemprops
        if p == data.LEAD_ITEMPROP and e.tag != "meta" and not _described_party(e)
    ]
    return [
        described,
        _standfirsts(index.tag("h1")),
        [
            e
            for _, e in with_class(tree, data.LEAD_CLASS_PARTS)
            if e.tag not in data.LEAD_NOT_TAGS
            and not data.LEAD_OTHER_EXCERPT.search(e.get("class") or "")
        ],
    ]


def _described_party(element: etree._Element) -> bool:
    """True for a description in the nearest item of a person or an organisation
    (:data:`~newsarchive.extract.data.LEAD_NOT_ITEMTYPES`): the author box's biography."""
    item = next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)
    kind = (item.get("itemtype") or "") if item is not None else ""
    return kind.rstrip("/").rsplit("/", 1)[-1] in data.LEAD_NOT_ITEMTYPES


def _standfirsts(headlines: list[etree._Element]) -> list[etree._Element]:
    """The element right after a headline (or after the wrapper holding only the headline)
    whose class names a teaser (:data:`~newsarchive.extract.data.STANDFIRST_CLASS_PART`:
    ``teaser``, ``article__teaser``) or that is named and reads as a standfirst
    (:func:`_is_standfirst`: ``h2.c-subheadline``, ``p.dek``): tried before the lead
    classes, which may name a summary box of key points further down (``summary``). A
    teaser-class element also when the headline's date line stands between them
    (:func:`_is_date_line`: "24.06.2008 von Anna Roth", "Von Anna Roth | 14.09.2005")."""
    found = []
    for headline in headlines:
        after = _sibling(headline, 1)
        if after is not None and data.STANDFIRST_CLASS_PART in (after.get("class") or ""):
            found.append(after)
            continue
        if after is not None and _is_date_line(after):
            further = _sibling(after, 1)
            if further is not None and data.STANDFIRST_CLASS_PART in (further.get("class") or ""):
                found.append(further)
                continue
        parent = headline.getparent()
        if after is None and parent is not None and _only_child(parent) is headline:
            after = _sibling(parent, 1)  # <div><h1>…</h1></div><div><p>…</p></div>
        if after is not None and _is_standfirst(after):
            found.append(after)
    return found


def _is_date_line(element: etree._Element) -> bool:
    """True for the byline and date line under a headline: an element of
    :data:`~newsarchive.extract.data.HEADLINE_DATE_LINE_TAGS` whose text holds a digit, has
    at most :data:`~newsarchive.extract.data.HEADLINE_DATE_LINE_MAX_CHARS` characters and
    ends without a sentence's full stop, not itself a teaser."""
    if element.tag not in data.HEADLINE_DATE_LINE_TAGS:
        return False
    if data.STANDFIRST_CLASS_PART in (element.get("class") or ""):
        return False
    text = element_text(element)
    return (
        0 < len(text) <= data.HEADLINE_DATE_LINE_MAX_CHARS
        and any(c.isdigit() for c in text)
        and not text.endswith((".", "!", "?"))
    )


def _is_standfirst(element: etree._Element) -> bool:
    """True for a standfirst by its name and form: a class, id or ``data-*`` value that
    :data:`~newsarchive.extract.data.STANDFIRST_NAME` finds, one of
    :data:`~newsarchive.extract.data.STANDFIRST_TAGS`, a sentence of
    :data:`~newsarchive.extract.data.STANDFIRST_MIN_CHARS` to
    :data:`~newsarchive.extract.data.STANDFIRST_MAX_CHARS` characters: not a byline, a date
    line or a second headline, which end without a full stop, and hold no ``<time>``."""
    if element.tag not in data.STANDFIRST_TAGS:
        return False
    if not any(
        data.STANDFIRST_NAME.search(value)
        for name, value in element.attrib.items()
        if name in ("class", "id") or name.startswith("data-")
    ):
        return False
    if xpath(element, "descendant::time"):
        return False  # the byline and date line under the headline
    text = element_text(element)
    sentence = text.rstrip("\"'”’»« ").endswith((".", "!", "?"))
    return sentence and data.STANDFIRST_MIN_CHARS <= len(text) <= data.STANDFIRST_MAX_CHARS


def is_paywalled(tree: etree._Element, meta: Metadata, body_text: str | None = None) -> bool:
    """True for an article behind a paywall: by its structured data, its content tier, a
    class or id of the page (:data:`~.data.PAYWALL_CLASS_PARTS`) or a phrase at the end of
    its text (:data:`~.data.PAYWALL_PHRASES`, searched only where the text holds one of
    :data:`~.data.PAYWALL_PHRASE_WORDS`, which its case-insensitive search cannot match
    without: a ``casefold`` and two string searches in C instead of the pattern tried at
    every character)."""
    free = meta.jsonld.get("isAccessibleForFree")
    if free is not None:
        return str(free).strip().lower() in ("false", "0", "no")
    tier = (meta.get(("article:content_tier", "content_tier")) or "").lower()
    if tier in data.PAYWALL_TIERS:
        return True
    if _marked(tree):
        return True
    tail = (page_text(tree) if body_text is None else body_text)[-3000:]
    folded = tail.casefold()
    if not any(word in folded for word in data.PAYWALL_PHRASE_WORDS):
        return False
    return bool(data.PAYWALL_PHRASES.search(tail))
