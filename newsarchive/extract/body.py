"""Body and boilerplate: boilerplate removal, the body paragraphs from trafilatura, our
paragraph rules (source lines, promos, captions, headline repeats), the lead, the paywall."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import contains_any, forget, page_index, with_class
from newsarchive.extract.inline import drop_pull_quotes, drop_skipped
from newsarchive.extract.mainbody import body_text
from newsarchive.extract.metadata import Metadata, first, strings
from newsarchive.extract.parsing import element_text, page_text, xpath
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import fold, similar

logger = logging.getLogger(__name__)


def decode_cfemails(tree: etree._Element) -> bool:
    """Replace Cloudflare-obfuscated e-mail addresses with the addresses they hide; True if
    the page's text changed."""
    forget(tree)
    changed = False
    for element in xpath(tree, data.CFEMAIL_XPATH):
        address = decode_cfemail(element.get("data-cfemail") or "")
        if address is None:
            continue
        changed = True
        for child in list(element):
            element.remove(child)
        element.text = address
        del element.attrib["data-cfemail"]
        if element.get("href", "").startswith(data.CFEMAIL_HREF):
            element.set("href", "mailto:" + address)
    for link in xpath(tree, f'//a[starts-with(@href, "{data.CFEMAIL_HREF}")]'):
        address = decode_cfemail(link.get("href", "").split("#", 1)[-1])
        if address:
            link.set("href", "mailto:" + address)
    return changed


def decode_cfemail(encoded: str) -> str | None:
    """Decode a ``data-cfemail`` hex string (first byte is the XOR key)."""
    try:
        raw = bytes.fromhex(encoded)
    except ValueError:
        return None
    if len(raw) < 2:
        return None
    key = raw[0]
    return bytes(b ^ key for b in raw[1:]).decode("utf-8", errors="replace")


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


@functools.lru_cache(maxsize=8192)
def _boilerplate_token(token: str) -> bool:
    """True for a class or id token naming boilerplate (tokens recur within and across pages)."""
    return data.BOILERPLATE_TOKEN.fullmatch(token) is not None


@functools.lru_cache(maxsize=16384)
def _boilerplate_classes(classes: str) -> bool:
    """True for a class attribute with a boilerplate token (whole attributes recur too)."""
    return any(_boilerplate_token(token) for token in classes.split())


def drop_boilerplate(tree: etree._Element, total: int | None = None) -> None:
    """Remove forms and elements whose class or id names boilerplate (bios, comments...),
    figure captions and the comment sections (:data:`~newsarchive.extract.data.BOILERPLATE_IDS`).

    ``total`` is the length of the page's folded body text, if the caller has it."""
    if total is None:
        body = tree.find("body")
        total = len(element_text(body)) if body is not None else 0
    doomed, always = [], []
    index = page_index(tree)
    for _, element, classes, ident in index.marked:
        if element.tag in ("html", "body", "article", "main"):
            continue
        if (
            element.tag == "form"
            or (classes and _boilerplate_classes(classes))
            or (ident and _boilerplate_token(ident))
        ):
            doomed.append(element)
        if ident in data.BOILERPLATE_IDS:
            always.append(element)
    forget(tree)
    dropped: set[etree._Element] = set()
    limit = total * data.BOILERPLATE_MAX_SHARE
    for element in doomed:
        parent = element.getparent()
        if parent is None or any(a in dropped for a in element.iterancestors()):
            continue  # (inside a part already dropped: nothing left to remove)
        if total and _longer_than(element, limit):
            continue
        element.drop_tree()
        dropped.add(element)
    for tag in data.BOILERPLATE_TAGS:
        for element in index.tag(tag):
            if element.getparent() is not None:
                element.drop_tree()
    for element in always:
        if element.getparent() is not None:
            element.drop_tree()


def drop_source_lists(tree: etree._Element) -> None:
    """Remove a list of the sources a text used, with its heading ("Verwendete Quellen",
    :data:`~newsarchive.extract.data.SOURCES_HEADING`): it names where the text comes from,
    it is no part of it."""
    doomed: list[etree._Element] = []
    for element in tree.iter("ul", "ol"):
        before = element.getprevious()
        if before is not None and _is_sources_heading(before):
            doomed += [before, element]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _is_sources_heading(element: etree._Element) -> bool:
    text = element.text_content() if hasattr(element, "text_content") else ""
    return len(text) < 40 and data.SOURCES_HEADING.fullmatch(fold(text)) is not None


def _longer_than(element: etree._Element, limit: float) -> bool:
    """True if the element's folded text is longer than ``limit`` (folding only shortens
    it, so the raw text decides most elements without folding)."""
    raw = element.text_content() if hasattr(element, "text_content") else ""
    return len(raw) > limit and len(fold(raw)) > limit


def body_lines(tree: etree._Element, url: str) -> list[str]:
    """The body's lines from trafilatura, run on ``tree`` (which it leaves changed)."""
    forget(tree)
    drop_deleted_tags(tree)
    etree.strip_tags(tree, *data.TRAFILATURA_STRIPPED_TAGS)
    drop_empty_inline(tree)
    unwrap_heading_anchors(tree)
    text = body_text(tree, url)
    return [fold(line) for line in text.split("\n") if fold(line)]


#: The tag JSON-LD scripts wear while :func:`drop_deleted_tags` removes the other scripts.
_KEPT_SCRIPT = "newsarchive-jsonld"


def drop_deleted_tags(tree: etree._Element) -> None:
    """Remove the elements trafilatura's cleaning deletes (see
    :data:`~newsarchive.extract.data.TRAFILATURA_DELETED_TAGS`) with their subtrees, keeping
    their tail text and the JSON-LD scripts (its forum check reads them): one pass in lxml's
    C code (``strip_elements``) instead of a Python loop a page (measured: the same tree on
    every dev page, this step's time -20 %)."""
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


def clean_lines(
    lines: list[str], title: str, lead: str, rules: SiteRules, headlines: Iterable[str] = ()
) -> tuple[list[str], str | None]:
    """Body paragraphs without boilerplate, the title/lead repeats and the source line.

    ``headlines`` are the other forms of the headline the structured data gives (JSON-LD
    ``headline`` and ``alternativeHeadline``): the page may show one of them
    above the text rather than the title chosen."""
    source = None
    kept: list[str] = []
    drop = [re.compile(p, re.IGNORECASE) for p in rules.drop_lines]
    title_f, lead_f = fold(title).lower(), fold(lead).lower()
    forms = [title_f] if title_f else []
    forms += [h for h in {fold(h).lower() for h in headlines} if h and h != title_f]
    lines = drop_skipped(lines)
    start = _byline_below_headings(lines)
    for i, line in enumerate(lines):
        if i < start:
            continue  # a subtitle above the byline
        if i >= len(lines) / 2 and data.CONTACT_BLOCK.fullmatch(line):
            break  # a press release's contact block closes the text
        line = data.AD_DISCLOSURE.sub("", line)
        if "ffnet" in line:
            line = data.LINK_HINT.sub("", line)
        if not line or data.TEMPLATE_LEAK_LINE.fullmatch(line):
            continue
        if len(line) <= data.NOTICE_MAX_CHARS and (
            data.NOTICE_LINE.match(line)
            or (i >= len(lines) - 2 and data.AUTHOR_BIO_LINE.match(line))
        ):
            continue  # an embed's consent placeholder, a translation note, the author box
        low = line.lower()
        if (i < 3 and low in (title_f, lead_f)) or (lead_f and i < 3 and lead_f.startswith(low)):
            continue
        if i < 3 and any(_is_headline_repeat(line, form) for form in forms):
            continue
        if (i < 3 or i == len(lines) - 1) and (
            _is_byline(line) or data.DATE_STAMP_LINE.fullmatch(line)
        ):
            continue  # the byline and date line above (or below) the text
        if any(p.search(line) for p in drop):
            continue
        if len(line) <= 200:
            found = _source_of(line)
            if found:
                source = source or found
                continue
        if i >= len(lines) - data.CLOSING_LINES and data.SIGN_OFF_LINE.fullmatch(line):
            continue  # a wire's "Reporting by …; Editing by …"
        if i >= len(lines) - data.CLOSING_LINES and data.EDITOR_INITIALS_LINE.fullmatch(line):
            if "/" in line:  # "(ab/dpa)": the agency after the initials is the source
                source = source or _source_of("(" + line.split("/", 1)[1].strip(" )") + ")")
            continue  # the editor's initials closing the text
        if len(line) <= data.LINK_POINTER_MAX_CHARS and data.LINK_POINTER_LINE.fullmatch(line):
            continue  # "Mehr dazu finden Sie hier."
        if len(line) <= data.BOILERPLATE_MAX_CHARS and (
            data.BOILERPLATE_LINE.match(line) or data.CAPTION_LINE.fullmatch(line)
        ):
            continue
        kept.append(line)
    kept = drop_pull_quotes(kept)
    if kept and not source:
        match = data.DATELINE_AGENCY.match(kept[0])
        if match:
            source = match.group("source")
    return kept, source


def _is_byline(line: str) -> bool:
    return bool(
        data.BYLINE_LINE.fullmatch(line)
        or data.BYLINE_PLACE_LINE.fullmatch(line)
        or data.BYLINE_STAMP_LINE.fullmatch(line)
        or data.ROLE_LINE.fullmatch(line)
    )


def _byline_below_headings(lines: list[str]) -> int:
    """The index after a byline that only headings precede (the headline, its repeat, a
    subtitle: at the top of the body), else 0."""
    for i, line in enumerate(lines[: data.HEADER_MAX_LINES + 1]):
        if i and _is_byline(line):
            return i + 1
        if len(line) > data.HEADER_LINE_MAX_CHARS or line.rstrip().endswith((".", "!", "?", ":")):
            return 0
    return 0


def _is_headline_repeat(line: str, title: str) -> bool:
    """True for a heading that restates the title, e.g. with its kicker ("Kicker Title")."""
    if line.rstrip().endswith((".", "!", "?", ":")) and not title.endswith(line[-1]):
        return False
    words, title_words = set(re.findall(r"\w+", line.lower())), set(re.findall(r"\w+", title))
    if len(words) < data.HEADLINE_REPEAT_MIN_WORDS or len(line) > len(title) * 1.6 + 10:
        return False
    return len(words & title_words) / len(words | title_words) >= data.HEADLINE_REPEAT_SIMILARITY


def _source_of(line: str) -> str | None:
    for pattern in data.SOURCE_LINES:
        match = pattern.match(line)
        if match:
            return fold(match.group("source")).rstrip(".")
    return None


def find_lead(
    tree: etree._Element, meta: Metadata, rules: SiteRules, body_text: str | None = None
) -> str:
    """The teaser: markup lead (site rule or generic) confirmed by the description.

    ``body_text`` is the page's folded body text, if the caller has it."""
    description = first(*strings(meta.jsonld.get("description")), meta.get(data.META_DESCRIPTION))
    if description and "<" in description:
        description = fold(re.sub(r"<[^>]+>", " ", description))  # JSON-LD holding HTML
    groups = [xpath(tree, rules.lead_xpath)] if rules.lead_xpath else lead_candidates(tree)
    intro = None
    for group in groups:
        for element in group[:6]:
            text = element_text(element)
            if not 30 <= len(text) <= 800:
                continue
            if rules.lead_xpath or (description and similar(text, description) >= 0.7):
                return text
            if intro is None and (
                _follows_headline(element) or xpath(element, data.ARTICLE_INTRO_XPATH)
            ):
                intro = text
    if intro:
        return intro
    if description and not rules.lead_xpath:
        # a description the page never shows is a search-engine summary, not the teaser
        shown = page_text(tree) if body_text is None else body_text
        if fold(description)[:60] not in shown:
            return ""
    return description or ""


def _follows_headline(element: etree._Element) -> bool:
    """True for an element placed right after the page's ``<h1>`` (comments between them
    aside): the standfirst under the headline, whatever the description says."""
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before is not None and before.tag == "h1"


def lead_candidates(tree: etree._Element) -> list[list[etree._Element]]:
    """Elements that may hold the lead, in the order tried (see
    :data:`~newsarchive.extract.data.LEAD_CLASS_PARTS`)."""
    described = [
        e for _, e, p in page_index(tree).itemprops if p == data.LEAD_ITEMPROP and e.tag != "meta"
    ]
    return [described, [e for _, e in with_class(tree, data.LEAD_CLASS_PARTS)]]


def is_paywalled(
    tree: etree._Element, meta: Metadata, body_text: str | None = None, source: str | None = None
) -> bool:
    free = meta.jsonld.get("isAccessibleForFree")
    if free is not None:
        return str(free).strip().lower() in ("false", "0", "no")
    tier = (meta.get(("article:content_tier", "content_tier")) or "").lower()
    if tier in data.PAYWALL_TIERS:
        return True
    marked = source is None or any(marker in source for marker in data.PAYWALL_MARKERS)
    if marked and any(
        (classes and contains_any(classes, data.PAYWALL_CLASS_PARTS))
        or (ident and contains_any(ident, data.PAYWALL_ID_PARTS))
        for _, _, classes, ident in page_index(tree).marked
    ):
        return True
    tail = (page_text(tree) if body_text is None else body_text)[-3000:]
    return bool(data.PAYWALL_PHRASES.search(tail))
