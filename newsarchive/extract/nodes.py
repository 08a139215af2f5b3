"""The page's text nodes around the headline, flagged inside parts that carry other
dates or names (comments, teasers, navigation); the visible date and byline text read them."""

from __future__ import annotations

import functools
import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import classed_matching, first_headline, part_tag, xml_tokens
from newsarchive.extract.layoutkin import page_wide
from newsarchive.extract.text import ascii_twin


def _text_nodes(
    body: etree._Element, headline: etree._Element | None
) -> tuple[list[tuple[str, bool]], int]:
    """Text nodes in document order, flagged when inside a part that carries other dates, and
    the index of the headline's first node. The walk stops
    :data:`~newsarchive.extract.data.NODES_AFTER_HEADLINE` nodes after the headline.

    (The page's hottest loop of our own: two events an element. Parts are only looked for
    outside one, so at most one is open and the element that opened it closes it; a text is
    kept when ``split()`` finds words in it, the test of ``isspace()``, and folded from them.)
    """
    out: list[tuple[str, bool]] = []
    append = out.append
    mark: int | None = None
    # nodes to keep before the walk stops (none counted until the headline is reached)
    limit = data.NODES_AFTER_HEADLINE if headline is None else None
    part: etree._Element | None = None  # the open part that carries other dates
    # a part holding the headline is the page's layout, whatever it is (ASP.NET's page-wide
    # ``<form id="Form">`` around a DotNetNuke article, "layout-right-sidebar")
    layout = frozenset(headline.iterancestors()) if headline is not None else page_wide(body)
    layout |= entry_layout(body)  # (the page's one hAtom entry: Blogger's "widget Blog")
    layout |= main_layout(body)  # (Olivero's "sidebar-grid" around the page's <main>)
    kin: set[str | None] = set()  # the class of its flagged blocks (:mod:`.layoutkin`)
    for event, element in etree.iterwalk(body, events=("start", "end")):
        if event == "start":
            if element is headline:
                mark = len(out)
                limit = mark + data.NODES_AFTER_HEADLINE
            tag = element.tag
            if tag.__class__ is not str:  # (a comment or processing instruction: no text)
                continue
            if part is None and tag != "body" and tag != "html" and aside_part(element):
                classes = element.get("class")
                if element in layout:
                    if classes:  # the headline's block: its class on its sibling blocks
                        kin.add(classes)
                elif (
                    classes not in kin
                    and not _headline_footer(element, headline, layout)
                    and not _head_footer(element)
                ):
                    # (a body class such as "one-sidebar" or "nav-open" marks the page)
                    part = element
            text = element.text
            if text:
                words = text.split()
                if words:
                    if "vor" in words[:2] or words[-1] == "ago" or _compact_age(words):
                        words = _tooltip_day(element, words)  # "vor 2 Tagen" over its day
                    append((" ".join(words), part is not None))
        else:
            if element is part:
                part = None
            tail = element.tail
            if tail and element is not body:
                words = tail.split()
                if words:
                    append((" ".join(words), part is not None))
            if limit is not None and len(out) > limit:
                break
    return out, mark or 0


def one_entry(tree: etree._Element) -> etree._Element | None:
    """The page's one hAtom entry (:data:`~.data.HATOM_ENTRY`, ``class="post hentry"``): its
    post, wherever the theme puts it; None on a page with more entries or none."""
    entries = classed_matching(tree, data.HATOM_ENTRY)[:2]
    return entries[0] if len(entries) == 1 else None


def entry_layout(tree: etree._Element) -> frozenset[etree._Element]:
    """The ancestors of the page's :func:`one_entry`: the page's layout, not a part carrying
    other dates (Blogger prints the post in a "widget"; session 46, read on de_full170)."""
    entry = one_entry(tree)
    return frozenset(entry.iterancestors()) if entry is not None else frozenset()


def main_layout(body: etree._Element) -> frozenset[etree._Element]:
    """The page's first ``<main>`` and its ancestors: the page's layout, not a part carrying
    other dates, whatever their class says (Drupal Olivero's ``<div class="sidebar-grid">``
    around ``<main>`` and its sidebar, Genesis's "content-sidebar-wrap"; session 61, read on
    dates_gn)."""
    main = next(body.iter("main"), None)
    return frozenset((main, *main.iterancestors())) if main is not None else frozenset()


def _tooltip_day(element: etree._Element, words: list[str]) -> list[str]:
    """The words of the full date an element's ``title`` gives where its text is relative
    ("<span title='12.04.2011 18:42'>vor 2 Tagen</span>", "3 days ago": a forum's or a
    feed's stamp, its tooltip the day; session 43, read on cj and aq), or its tooltip
    library's attribute (:data:`~.data.TOOLTIP_ATTRIBUTES`: Lemmy's "9mo" over
    ``data-tippy-content``; session 44, read on en_z), its label kept ("Veröffentlicht vor 3
    Jahren" over title="19.03.2024, 14:05 Uhr" reads "Veröffentlicht 19.03.2024, 14:05 Uhr";
    session 61, read on dates_gp), else ``words``."""
    for name in ("title", *data.TOOLTIP_ATTRIBUTES):
        title = element.get(name) or ""
        if title and (
            data.TIME_TEXT_FULL_DATE.search(title) or data.TOOLTIP_CERTAIN_SLASHED.search(title)
        ):
            return [*words[: words.index("vor") if "vor" in words[:2] else 0], *title.split()]
    return words


def _compact_age(words: list[str]) -> bool:
    """Whether ``words`` are a compact age ("9mo", "3d", "5h": :data:`~.data.COMPACT_AGE`)."""
    return len(words) == 1 and data.COMPACT_AGE.fullmatch(words[0]) is not None


_SKIP_WORDS = re.compile("|".join(map(re.escape, data.VISIBLE_DATE_SKIP_WORDS)), re.IGNORECASE)
_SKIP_WORDS_ASCII = ascii_twin(_SKIP_WORDS)


@functools.lru_cache(maxsize=16384)
def _names_skipped_part(names: str) -> bool:
    """True for a class or id naming a part that carries other dates (values recur a lot;
    an ASCII one, nearly all, lowered and searched case-sensitively: :func:`ascii_twin`;
    the article's own kind read out first: :data:`~.data.VISIBLE_DATE_SKIP_NOT`)."""
    names = _without_kinds(names)
    if "with-" in names or "has-" in names:
        # a wrapper's layout flags ("with-navbar", "has-sidebar"): the page's layout, not a part
        names = data.LAYOUT_FLAG_CLASS.sub(" ", names)
    if "elementor-widget" in names:
        names = data.BUILDER_LAYOUT_CLASS.sub(" ", names)  # the builder's wrappers of each block
    if _SKIP_WORDS_ASCII is not None and names.isascii():
        return _SKIP_WORDS_ASCII.search(names.lower()) is not None
    return _SKIP_WORDS.search(names) is not None


def _without_kinds(names: str) -> str:
    """``names`` lowered without the words naming the article's own part ("commentary",
    "imBreadcrumb") where it holds one (:data:`~.data.VISIBLE_DATE_SKIP_NOT`), else as it
    stands."""
    low = names.lower()
    if (
        "comment" not in low
        and "breadcrumb" not in low
        and "maincontent" not in low
        and "byline" not in low
    ):
        return names  # (the words holding a VISIBLE_DATE_SKIP_NOT word)
    for word in data.VISIBLE_DATE_SKIP_NOT:
        low = low.replace(word, " ")
    return low


def content_marked(element: etree._Element) -> bool:
    """True when ``element``'s class or id names a skipped part other than a layout's
    column or navigation (:data:`~.data.BODY_LAYOUT_WORDS`): a ``<body>`` of class
    "polizeiticker" or a theme's option flags ("…-menu …-footer …-breadcrumb"), not "right-
    sidebar" or "nav-below-header" alone."""
    names = _without_kinds(f"{element.get('class') or ''} {element.get('id') or ''}".lower())
    found = {m[0].lower() for m in (_SKIP_WORDS_ASCII or _SKIP_WORDS).finditer(names)}
    return bool(found - data.BODY_LAYOUT_WORDS)


def _head_footer(element: etree._Element) -> bool:
    """True for a ``<footer>`` before the text of its ``<article>``: the article head's meta
    line (Drupal's ``<footer class="node__meta">`` with "Von A und B · 25. April 2024" before
    ``node__content``), not the page's footer; text of at least
    :data:`~.data.HEAD_FOOTER_TEXT_AFTER` characters follows it in the article."""
    if element.tag != "footer":
        return False
    article = next(element.iterancestors("article"), None)
    if article is None:
        return False
    after, node = 0, element
    while node is not article and node is not None:
        for sibling in node.itersiblings():
            after += len("".join(sibling.itertext()).strip())
        if after >= data.HEAD_FOOTER_TEXT_AFTER:
            return True
        node = node.getparent()
    return False


def side_column(cell: etree._Element) -> bool:
    """True for a table layout's narrow column (``<td width="180">``, "20%"): an old portal's
    blocks of other articles, events and polls beside the article
    (:data:`~newsarchive.extract.data.SIDE_COLUMN_MAX_WIDTH`)."""
    width = (cell.get("width") or "").strip()
    if width.endswith("%"):
        return width[:-1].isdigit() and int(width[:-1]) <= data.SIDE_COLUMN_MAX_PERCENT
    return width.isdigit() and int(width) <= data.SIDE_COLUMN_MAX_WIDTH


def aside_part(element: etree._Element) -> bool:
    """Whether ``element`` is a part whose text is not the page's own: one
    :func:`skipped_part` names (a sidebar, a menu, a navigation) or a table layout's narrow
    column (:func:`side_column`)."""
    return skipped_part(element) or (element.tag == "td" and side_column(element))


def _headline_footer(
    element: etree._Element, headline: etree._Element | None, layout: frozenset[etree._Element]
) -> bool:
    """True for a block classed "footer" right after the headline's block: the article
    head's meta line (TYPO3's news template: ``<div class="header"><h1>…</h1></div><div
    class="footer">`` with the date and byline), not the page's footer."""
    if headline is None or element.getprevious() is None:
        return False
    if data.HEADLINE_FOOTER_CLASS not in xml_tokens((element.get("class") or "").lower()):
        return False
    previous = element.getprevious()
    if previous is headline:
        return True
    # the headline's own block: a parent or grandparent holding little but the headline
    if previous not in layout or headline.getparent() is None:
        return False
    if previous is not headline.getparent() and previous is not headline.getparent().getparent():
        return False
    extra = len("".join(previous.itertext())) - len("".join(headline.itertext()))
    return extra <= data.HEADLINE_BLOCK_EXTRA_CHARS


def skipped_part(element: etree._Element) -> bool:
    """True for comments, teasers, navigation... (by tag or class/id words), and a side
    column beside the article by its id (:data:`~.data.SIDE_COLUMN_ID`)."""
    if part_tag(element, data.VISIBLE_DATE_SKIP_TAGS):
        return True
    classes, ident = element.get("class"), element.get("id")
    return bool(
        (classes and _names_skipped_part(classes))
        or (ident and (_names_skipped_part(ident) or data.SIDE_COLUMN_ID.fullmatch(ident)))
    )


def page_nodes(tree: etree._Element) -> tuple[list[tuple[str, bool]], int]:
    """The body's text nodes, each whitespace-folded (flagged when in comments, teasers,
    navigation...), and the index of the headline's first one (0 without an ``<h1>``)."""
    body = tree.find("body")
    if body is None:
        return [], 0
    headline = first_headline(tree)
    region = body
    if headline is not None:
        # the article or main part holding the headline, unless it is itself skipped
        for ancestor in headline.iterancestors("article", "main"):
            region = ancestor
            break
        if region is not body and any(
            skipped_part(a)
            for a in (region, *region.iterancestors())
            if a.tag not in ("body", "html")
        ):
            region = body
    return _text_nodes(region, headline)


def title_mark(
    tree: etree._Element, texts: list[tuple[str, bool]], mark: int, title: str | None
) -> int:
    """The headline's node for the date line: ``mark`` on a page whose ``<h1>`` shows the
    ``title``; under an ``<h1>`` that does not (a masthead's site name over an "Older Stories"
    list), the first node after ``mark`` reading the title whole; without an ``<h1>``, the
    first node outside the skipped parts that shows the ``title`` whole (an old
    site's ``<h2 class="newstitle">``, a table layout's ``<font><b>``), so the date nearest the
    headline is measured from it rather than from the page's top (a cinema's "Programm vom …
    bis …" strip, a meeting's day after the text); ``mark`` when no node shows it."""
    if not title:
        return mark
    shown = " ".join(title.split()).casefold()
    headline = first_headline(tree)
    if headline is not None:
        if shown in " ".join(headline.itertext()).casefold() or not texts:
            return mark
        for i in range(mark + 1, len(texts)):
            if not texts[i][1] and texts[i][0].casefold() == shown:
                return i
        return mark
    for i, (text, skip) in enumerate(texts):
        if not skip and text.casefold() == shown:
            return i
    return mark


def shows_title(texts: list[tuple[str, bool]], mark: int, title: str | None) -> bool:
    """True where the headline's node (``mark``) reads the ``title`` whole, the first node to
    read it (a skipped one, a menu's or a breadcrumb's last item, aside: session 46), with a
    paragraph of text soon after it (:data:`~.data.TITLED_TEXT_NODES`): the page's own
    headline over its text, not a site's name in a masthead or a sidebar."""
    shown = " ".join((title or "").split()).casefold()
    after = texts[mark + 1 : mark + 1 + data.TITLED_TEXT_NODES]
    return (
        bool(shown)
        and 0 <= mark < len(texts)
        and shown in texts[mark][0].casefold()
        and not any(shown in text.casefold() for text, skip in texts[:mark] if not skip)
        and any(len(text) >= data.DATE_OTHERS_AFTER_CHARS and not skip for text, skip in after)
    )
