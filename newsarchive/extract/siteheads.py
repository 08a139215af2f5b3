"""Headlines under an ``<h1>`` that is not the post's, for :mod:`~newsarchive.extract.title`:
an ``<h1>`` naming the page's kind ("Aktuelles") or the site (a banner, a header block), with
the post's own heading below it; and a headline a metadata title shows in the page.
(:mod:`~newsarchive.extract.headings` has the pages without an ``<h1>``.)"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_german_date
from newsarchive.extract.headings import bold_headline, classed_headline, shown_part, title_parts
from newsarchive.extract.index import contains_any, page_index, visible_text, with_class
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.pagegap import near_post
from newsarchive.extract.shown import headline_texts, names_site, shown_texts
from newsarchive.extract.text import drop_invisible, fix_text, norm
from newsarchive.extract.titleopening import h1_inside_title


def _in_text(tree: etree._Element, wanted: list[str]) -> bool:
    """Whether the body's visible text holds one of ``wanted`` (lower case), spaces and
    invisible characters aside: a cheap test before :func:`~.shown.shown_texts` reads every
    element's own text."""
    text = "".join(drop_invisible(visible_text(tree) or "").lower().split())
    return any("".join(w.split()) in text for w in wanted)


def kind_h1_title(
    tree: etree._Element,
    h1s: list[list[str]],
    candidates: list[str],
    keys: set[str],
    generic: Callable[[str], bool],
) -> str:
    """Where every ``<h1>`` (its readings ``h1s``) is short (:data:`~.data.KIND_H1_MAX_WORDS`
    words: "Mediathek", "Investor Relations", the firm's name) and no metadata title gives it
    whole, the metadata title the page shows as another element's text, else the longest part
    of one (:func:`title_parts`, not a key of the site nor a page kind by ``generic``), of
    :data:`~.data.KIND_H1_MIN_SHOWN_WORDS` words or more: the ``<h1>`` names the page's kind,
    its section or its owner, the shown title the story ("Museumsblog" over "<h2>Vortrag: Ist
    Bitcoin Geld?</h2>" under "Vortrag: Ist Bitcoin Geld? | Museumsblog | Museum"). Where
    none is shown and the titles name no more than the site and the section the ``<h1>``
    names (one of their separated segments), the page's headline element
    (:func:`classed_headline`: "<p class="titel">" under "<h1 class="rubrik">Kundenmagazin</h1>",
    titled "Sparkasse - Kundenmagazin")."""
    if not candidates or not h1s:
        return ""
    if any(len(re.findall(r"\w+", v[-1])) > data.KIND_H1_MAX_WORDS for v in h1s):
        return ""
    own = {v.lower() for variants in h1s for v in variants}
    titles = [c for c in candidates if c.lower() not in own]
    parts = {
        k: v
        for k, v in title_parts(candidates).items()
        if k not in own and norm(k) not in keys and not generic(k)
    }
    wanted = [*(t.lower() for t in titles), *parts]
    found: list[str] = []
    if _in_text(tree, wanted):  # shown nowhere: spare the walk over every element's text
        shown = shown_texts(tree, wanted)
        found = [t for t in titles if t.lower() in shown]
        found = found or [parts[p] for p in parts if p in shown]
        found = [f for f in found if len(re.findall(r"\w+", f)) >= data.KIND_H1_MIN_SHOWN_WORDS]
    if not found and all(len(c.split()) <= data.SITE_TITLE_MAX_WORDS for c in candidates):
        # the titles name the site and the section the <h1> names ("Bank - Kundenmagazin")
        head = classed_headline(tree, [c.lower() for c in candidates])
        found = [head] if head and head.lower() not in own and not generic(head) else []
    return max(found, key=len) if found else ""


def _shown_above(tree: etree._Element, shown: set[str], head: str) -> bool:
    """Whether each shown site-short title (lower case) stands in the body's text before the
    headline element's text ``head`` and outside it: the site's banner or name over the
    story, not a date heading or a subtitle's line over or around the shown title."""
    body = tree.find("body")
    if body is None:
        return False
    flat = fix_text(" ".join(body.text_content().split())).lower()
    at = flat.find(head.lower())
    return at > 0 and all(0 <= flat.find(t) < at and t not in head.lower() for t in shown)


def shown_title(
    tree: etree._Element, candidates: list[str], keys: set[str], generic: Callable[[str], bool]
) -> str:
    """The metadata title the page shows as an element's text, then the one most sources
    give (ties: in the order given); where none is shown, a part of one the page shows
    (:func:`shown_part`, neither a key of the site nor a page kind by ``generic``); where the
    titles are no more than the site's or a section's name, the page's headline element
    (:func:`classed_headline`), else its bold headline block (:func:`bold_headline`). Where
    such a title is shown, only a headline element after it and apart from it beats it: the
    shown element is the site's banner (:func:`_shown_above`), and so does it after a shown
    part ("Kurier" of "Kurier - Wirtschaft", the paper's bold name over its big-font
    headline); a bold line never does (a story's subheading under its shown headline)."""
    lowered = [c.lower() for c in candidates]
    parts = {k: v for k, v in title_parts(candidates).items() if norm(k) not in keys}
    short = all(
        len(re.findall(r"\w+", c)) <= data.SITE_TITLE_MAX_WORDS or norm(c) in keys
        for c in candidates
    )  # (a title that is a key of the site names it, however long: "BSG Hansebank e.V.")
    shown = shown_texts(tree, [*lowered, *(k for k in parts if not generic(k))], not short)
    if not shown & set(lowered) and (part := shown_part(parts, shown)):
        head = classed_headline(tree, lowered) if short else ""
        if head and not generic(head) and _shown_above(tree, {part.lower()}, head):
            return head  # the shown part is the banner's name ("Site" of "Site - Section")
        return part
    if short:
        head = classed_headline(tree, lowered)
        if not shown:
            head = head or bold_headline(tree, lowered)
        if head and not generic(head) and (not shown or _shown_above(tree, shown, head)):
            return head  # the titles name only the site or a section
    if not candidates:
        return ""
    return max(
        candidates,
        key=lambda c: (c.lower() in shown, lowered.count(c.lower()), -lowered.index(c.lower())),
    )


def post_under_site_h1(
    tree: etree._Element, h1: str, candidates: list[str], generic: Callable[[str], bool]
) -> str:
    """Where the page's only ``<h1>`` is the whole of every metadata title as the page gives
    it (``candidates``: before site names are cut, so "Name | Site" over an ``<h1>`` "Name"
    keeps the ``<h1>`` as the headline) or stands inside it before a separator
    (:func:`~.titleopening.h1_inside_title`: "Netzwerk | Gruppe | Forum"), of at most
    :data:`~.data.SITE_TITLE_MAX_WORDS` words (a weblog's, a club's or a homepage's name,
    Blogger's and the classic blog templates' banner), and is a banner's (no class of its
    own but a site's, :data:`~.data.SITE_H1_CLASSES`, outside :data:`~.data.SITE_H1_OUTSIDE`),
    the post's own heading after it (:func:`_opens_post`): the
    first ``<h2>``/``<h3>`` of a headline class (:data:`~.data.HEADLINE_ELEMENT_CLASSES`, not
    :data:`~.data.HEADLINE_ELEMENT_NOT`), else the first one by its tag alone, outside links,
    navigation, sidebars, footers and teasers, of :data:`~.data.HEADLINE_ELEMENT_MIN_WORDS`
    words or more, never a date heading ("Montag, 2. August 2004"), a label ending in a
    colon ("Teilen Sie dies mit:") or a page kind by
    ``generic``. Empty where none is found: the ``<h1>`` stays."""
    index = page_index(tree)
    h1s = index.tags["h1"]
    if not h1s or len(re.findall(r"\w+", h1)) > data.SITE_TITLE_MAX_WORDS:
        return ""
    if not candidates or not all(
        names_site(c, h1, tree, generic) or h1_inside_title(c, h1) for c in candidates
    ):
        return ""
    at, banner = h1s[0]
    if len(h1s) > 1 and (
        "h1" not in data.SITE_H1_POST_TAGS
        or fix_text(" ".join(headline_texts(banner))).lower() != h1.lower()
    ):
        return ""  # several <h1>s: only the first as the banner, the post's own after it
    own = (banner.get("class") or "").lower()
    if (own and not contains_any(own, data.SITE_H1_CLASSES)) or any(
        a.tag in data.SITE_H1_OUTSIDE for a in banner.iterancestors()
    ):
        return ""  # the story's headline element, not a banner
    found: list[tuple[bool, str]] = []
    tags = sorted(data.SITE_H1_POST_TAGS)
    by_class = [
        (p, e)
        for p, e in with_class(tree, data.SITE_H1_POST_CLASS_PARTS)
        if e.tag in data.SITE_H1_POST_CLASSED and p > at
    ][: data.REPEATED_HEADING_MAX]
    headings = sorted(
        [*by_class, *(e for t in tags for e in index.tags[t])], key=lambda entry: entry[0]
    )
    for position, heading in headings[: data.REPEATED_HEADING_MAX]:
        if position <= at:
            continue
        classes = (heading.get("class") or "").lower()
        if any(
            a.tag in data.POST_HEADING_OUTSIDE or skipped_part(a)
            for a in (heading, *heading.iterancestors())
        ) or contains_any(classes, data.HEADLINE_ELEMENT_NOT):
            continue
        text = fix_text(" ".join(headline_texts(heading)))
        if (
            len(text) <= 300
            and len(re.findall(r"\w+", text)) >= data.HEADLINE_ELEMENT_MIN_WORDS
            and not generic(text)
            and not text.endswith(":")
            and "date" not in classes
            and not parse_german_date(text)
        ):
            found.append((contains_any(classes, data.HEADLINE_ELEMENT_CLASSES), text))
    classed = [t for c, t in found if c]
    post = classed[0] if classed else found[0][1] if found else ""
    return post if post and _opens_post(tree, h1, post) else ""


def _opens_post(tree: etree._Element, h1: str, post: str) -> bool:
    """Whether the heading ``post`` stands after the ``<h1>`` ``h1`` with no more than
    :data:`~.data.SITE_H1_POST_GAP` characters of the page's visible text between them (a
    tagline, a menu, a date heading, a section's label) and the text runs on after it: the
    post opens under the banner, not a subheading or a widget after the story's text."""
    flat = " ".join((visible_text(tree) or "").split()).lower()
    start = flat.find(h1.lower())
    at = flat.find(post.lower(), start + len(h1)) if start >= 0 else -1
    after = at + len(post)
    if at < 0 or len(flat) - after <= len(post):
        return False
    return near_post(tree, h1, post, at - start - len(h1))  # a sidebar between counted out


def in_header_block(h1: etree._Element, ancestors: list[etree._Element]) -> bool:
    """An ``<h1>`` in a block named the page's header by its class or id
    (:data:`~.data.HEADER_BLOCK_NAMES`), outside an article and of no headline class: for
    :mod:`~newsarchive.extract.title`, the site's name, a headline only if metadata repeats it."""
    own = f"{h1.get('class') or ''} {h1.get('id') or ''}".lower()
    if any(a.tag in ("article", "main") for a in ancestors) or contains_any(
        own, data.H1_ARTICLE_CLASSES
    ):
        return False
    return any(
        n in data.HEADER_BLOCK_NAMES
        for a in ancestors
        for n in f"{a.get('class') or ''} {a.get('id') or ''}".lower().split()
    )
