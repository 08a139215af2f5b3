"""Bylines in markup: ``itemprop="author"``, ``<a rel="author">``, author and byline classes,
a forum post's ``data-author`` (:data:`~.data.AUTHOR_CLASS_WORDS`); the first that holds a
name, with its co-authors of the same kind. Split from :mod:`~.bylines` (byline text, footers,
author links)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylines import comment_part
from newsarchive.extract.index import (
    any_class_contains,
    contains_any,
    first_headline,
    form_part,
    page_index,
    xml_tokens,
)
from newsarchive.extract.names import split_authors
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.parsing import element_text
from newsarchive.extract.text import fold

#: The elements whose classes name the page's layout, not a part of it ("fixed-nav").
_PAGE = ("html", "body")


def _has_author_markup(tree: etree._Element) -> bool:
    """True if the page has any element :func:`markup_bylines` may read."""
    index = page_index(tree)
    return (
        any(p == "author" for _, _, p in index.itemprops)
        or any(a.get("rel") == "author" for a in index.tag("a"))
        or any(a.get("data-author") is not None for a in index.tag("article"))
        or any_class_contains(tree, data.AUTHOR_MARKUP_CLASS_PARTS)
    )


def markup_bylines(tree: etree._Element) -> list[str]:
    """The first byline in markup that holds a name (a forum post's ``data-author`` first)."""
    if not _has_author_markup(tree):
        return []  # (one search instead of seven on the half of pages without such markup)
    index = page_index(tree)
    attributes = (a.get(data.AUTHOR_ATTRIBUTE) for a in index.tag("article"))
    value = next((v for v in attributes if v is not None), None)
    if value is not None and fold(value):
        return [fold(value)]
    for kind in markup_byline_kinds(tree):
        for element in kind[:5]:
            text = _parts_text(element)
            if data.THEME_CREDIT.match(text):
                continue  # a footer's "Theme: Harbour Light von nordlicht" (class "theme-author")
            if _in_quote(element):
                continue  # a pull quote's speaker ("<footer class='quote-author'>A</footer>")
            # a list of categories or tags in an "author" element is no byline, nor a menu
            if not 1 < len(text) < 120 or _link_list(element):
                continue
            names, agencies = split_authors([text])
            if 0 < len(names) <= 4 or (agencies and not names):  # ("dpa", "Quelle: dpa/AFP")
                return [text, *_co_bylines(element, kind)]
    return []


def _in_quote(element: etree._Element) -> bool:
    """True for an element in a ``<blockquote>`` or ``<q>``: a quotation's speaker, cited
    under it, is no writer of the article (an embedded post's author is read elsewhere)."""
    return any(a.tag in ("blockquote", "q") for a in (element, *element.iterancestors()))


def _link_list(element: etree._Element) -> bool:
    """True for a list whose every item is one link and nothing else: a menu classed like a
    byline (Ning's "navigation byline" over a post: "Alle Blogbeiträge", "Meine
    Blogbeiträge"), not the post's own line ("Added by:" <a>A</a> "on …")."""
    items = list(element.iterchildren("li")) if element.tag in ("ul", "ol") else []
    return bool(items) and all(
        len(links := item.findall("a")) == 1
        and fold(element_text(links[0])) == fold(element_text(item))
        for item in items
    )


def _parts_text(element: etree._Element) -> str:
    """A byline element's text; where it is only parts (names in list items, an author
    panel's name and role in child elements, a name and an institution on ``<br>`` lines),
    the parts joined by commas ("Anna Roth, Leiterin Kommunikation") rather than run
    together ("Anna RothLeiterin Kommunikation")."""
    named = _name_part(element)
    if named:
        return named
    element = _only_child(element)
    if element.find("br") is not None:
        lines = [line for line in map(fold, element.itertext()) if line]
        if len(lines) > 1 and any(data.FORUM_STAT_LINE.fullmatch(x) for x in lines[1:]):
            return lines[0]  # a forum's user cell: the name over its rank and post count
        if len(lines) > 1:
            return ", ".join(lines)
    elif not fold(element.text or ""):
        blocks = _block_parts(element)
        if any(map(_card_label, blocks)):
            return ", ".join(_writers_parts(blocks))  # "Written by" | A | "Reviewed by" | B
        parts = [t for child in element.iterchildren(etree.Element) if (t := element_text(child))]
        if len(parts) > 1:
            return ", ".join(parts)
        if len(blocks) > 1:
            return ", ".join(blocks)  # (an image's wrapper beside the one block holding them)
    return element_text(element)


def _card_label(part: str) -> bool:
    """True for a writer card's label alone ("Written by", "Reviewed by", "Autorin")."""
    return bool(
        data.BYLINE_OTHER_ROLE_LABEL.fullmatch(part) or data.BYLINE_WRITER_LABEL.fullmatch(part)
    )


def _writers_parts(parts: list[str]) -> list[str]:
    """The parts without labels alone and without a reviewer's or an editor's card: from
    its label (:data:`~.data.BYLINE_OTHER_ROLE_LABEL`) to the next writer's label."""
    kept: list[str] = []
    other = False
    for part in parts:
        if data.BYLINE_OTHER_ROLE_LABEL.fullmatch(part):
            other = True
        elif data.BYLINE_WRITER_LABEL.fullmatch(part):
            other = False
        elif not other:
            kept.append(part)
    return kept


def _block_parts(element: etree._Element, depth: int = 0) -> list[str]:
    """The texts of an element's child elements; a child that is only blocks itself (a
    writer card's ``<div>`` of "Written by" | "A" | "Head of Compliance" beside the
    reviewer's) gives its blocks' texts, not them run together."""
    parts: list[str] = []
    for child in element.iterchildren(etree.Element):
        blocks = list(child.iterchildren(etree.Element))
        if (
            depth < data.BYLINE_BLOCK_DEPTH
            and blocks
            and not fold(child.text or "")
            and all(b.tag in data.BYLINE_BLOCK_TAGS and not fold(b.tail or "") for b in blocks)
        ):
            parts += _block_parts(child, depth + 1)
        elif text := element_text(child):
            parts.append(text)
    return parts


def _only_child(element: etree._Element) -> etree._Element:
    """The innermost element a wrapper holds alone (no text of its own, one child element:
    ``<div class="byline"><p class="person"><b>A</b> <span>Team</span></p></div>``)."""
    while not fold(element.text or ""):
        children = list(element.iterchildren(etree.Element))
        if len(children) != 1 or fold(children[0].tail or ""):
            break
        element = children[0]
    return element


def _name_part(element: etree._Element) -> str | None:
    """The text of the one descendant a byline panel marks as the name
    (:data:`~.data.NAME_PART_CLASS_WORDS` and the like) where other elements in the panel
    hold more text (a role, an organisation); else None."""
    marked = [e for e in element.iterdescendants(etree.Element) if _is_name_part(e)]
    if len(marked) != 1:
        return None
    name = marked[0]
    around = {name, *name.iterancestors(), *name.iterdescendants()}
    others = (e for e in element.iterdescendants(etree.Element) if e not in around)
    if not any(fold(e.text or "") for e in others):
        return None
    return element_text(name) or None


def _is_name_part(element: etree._Element) -> bool:
    """True for an element marked as a person's name in a byline panel."""
    words = xml_tokens((element.get("class") or "").lower())
    if any(
        w in data.NAME_PART_CLASS_WORDS or w.endswith(data.NAME_PART_CLASS_ENDING) for w in words
    ):
        return True
    if element.get("itemprop") == "name":
        return True
    href = element.get("href") or ""
    return element.tag == "a" and any(path in href for path in data.AUTHOR_LINK_PATHS)


def _co_bylines(element: etree._Element, kind: list[etree._Element]) -> list[str]:
    """The other names of one byline in markup of the same kind: siblings ("<span
    class=author>A</span> und <span class=author>B</span>") or names in sibling wrappers
    (``<span itemprop=author><span itemprop=name>A</span></span> und …``), at most
    :data:`~.data.CO_BYLINES_MAX`; another post's byline elsewhere on the page is not one."""
    parent = element.getparent()
    if parent is None:
        return []
    found: list[str] = []
    for other in kind:
        up = other.getparent()
        if other is element or up is None:
            continue
        cousins = (
            up.tag == parent.tag
            and up.tag in data.CO_BYLINE_WRAPPERS
            and up.getparent() is parent.getparent()
        )
        if not (
            up is parent or cousins or _sibling_cards(element, other) or _one_item(element, other)
        ):
            continue
        text = _name_part(other) or element_text(other)  # a card: its name, not its role
        if not data.BYLINE_NAME.fullmatch(text):
            text = _parts_text(other)  # a labelled card's: "Written by" | A
        if data.BYLINE_NAME.fullmatch(text) and text not in found:
            found.append(text)
    return found[: data.CO_BYLINES_MAX]


def _one_item(element: etree._Element, other: etree._Element) -> bool:
    """Whether both are ``itemprop="author"`` of one microdata item (the same nearest
    ``itemscope``): a debate's "Pro" and "Contra" writers in their sections of one
    article (session 43, read on de_full126); a comment is an item of its own."""
    scopes = [
        next((a for a in e.iterancestors() if a.get("itemscope") is not None), None)
        for e in (element, other)
    ]
    return (
        element.get("itemprop") == other.get("itemprop") == "author"
        and scopes[0] is not None
        and scopes[0] is scopes[1]
    )


def _sibling_cards(element: etree._Element, other: etree._Element) -> bool:
    """Whether ``other`` is the name in a sibling card of the same shape as ``element``'s:
    their ancestors pairwise of one tag and class up to a common one at most
    :data:`~.data.CO_BYLINE_CARD_DEPTH` levels up, none of them holding a heading, each card
    at most :data:`~.data.CO_BYLINE_CARD_MAX_CHARS` long (two
    writers' author chips side by side, "<div class=chip><div><a class=chip__name>A</a>…";
    not two teasers' bylines; session 43, read on de_full129)."""
    cards = (element, other)
    mine, theirs = element.getparent(), other.getparent()
    for _ in range(data.CO_BYLINE_CARD_DEPTH):
        if mine is None or theirs is None:
            return False
        if mine is theirs:  # the cards short: no posts of a thread, no letters
            return all(len(element_text(c)) <= data.CO_BYLINE_CARD_MAX_CHARS for c in cards)
        if (mine.tag, mine.get("class")) != (theirs.tag, theirs.get("class")) or any(
            next(x.iter("h1", "h2", "h3", "h4"), None) is not None for x in (mine, theirs)
        ):
            return False
        cards = (mine, theirs)
        mine, theirs = mine.getparent(), theirs.getparent()
    return False


def markup_byline_kinds(tree: etree._Element) -> list[list[etree._Element]]:
    """Byline markup, kind by kind (see :data:`~newsarchive.extract.data.AUTHOR_CLASS_WORDS`)."""
    index = page_index(tree)
    props = index.itemprops
    named = [
        e
        for _, e, p in props
        if p == "name" and any(a.get("itemprop") == "author" for a in e.iterancestors())
    ]
    unnamed = [
        e
        for _, e, p in props
        if p == "author"
        and not any(d.get("itemprop") == "name" for d in e.iterdescendants(etree.Element))
    ]
    rel = [a for a in index.tag("a") if a.get("rel") == "author"]
    words = [
        [e for _, e, c in index.classed if word in c and word in xml_tokens(c)]
        for word in data.AUTHOR_CLASS_WORDS
    ]
    classed = [
        e
        for _, e, c in index.classed
        if contains_any(c, data.AUTHOR_MARKUP_CLASS_PARTS)
        and "author" in (low := c.lower())
        and "authors" not in low
        and not contains_any(low, data.AUTHOR_FOLLOW_CLASS_PARTS)
        and ("author" in c or _camel_byline(e))
        and e.tag != "body"
        and not _text_box(e)
    ]
    return [
        [e for e in kind if not _in_form_or_comment(e) and not _in_teaser_card(e)]
        for kind in (named, unnamed, rel, *words, classed, _block_bylines(tree))
    ]


def _text_box(element: etree._Element) -> bool:
    """True for a ``<div>`` holding paragraphs (an author's box of biography), unless it
    holds one short paragraph only that opens with a credit's label: a credit line in its own
    box ("<div class='rw-author'><p>Quelle: Nachrichtenredaktion, mit Material von dpa</p>
    </div>", "<p>Von A</p>"; session 42), not a biography's sentence ("A ist Autorin")."""
    if element.tag != "div":
        return False
    paragraphs = list(element.iterdescendants("p"))
    if not paragraphs:
        return False
    text = element_text(element)
    return (
        len(paragraphs) > 1
        or len(text) > data.BYLINE_BOX_LINE_MAX_CHARS
        or not (data.SOURCE_LABEL.match(text) or data.AUTHOR_PREFIX.match(text))
    )


def _block_bylines(tree: etree._Element) -> list[etree._Element]:
    """The first element after the page's first headline whose class names a block's
    byline, BEM-style or hyphenated ("article__byline", "post-byline"; not "byline-date"),
    or its authors as a CSS module names them ("Article_authors__L0jHs"),
    outside teasers, sidebars and navigation: the article's byline (a teaser's byline of
    that kind, "teaser__byline" before the headline or in a list beside it, is no author's)."""
    index = page_index(tree)
    headline = first_headline(tree)
    if headline is None:
        return []
    at = next((p for p, e in index.tags["h1"] if e is headline), None)
    for position, element, classes in index.classed:
        if at is None or position <= at or ("byline" not in classes and "_author" not in classes):
            continue
        if not any(
            t.endswith(data.BLOCK_BYLINE_ENDINGS) or data.MODULE_AUTHORS_CLASS.fullmatch(t)
            for t in xml_tokens(classes)
        ):
            continue
        # (a class of <html> or <body> names the page's layout: "fixed-nav", "has-sidebar")
        if any(skipped_part(a) for a in (element, *element.iterancestors()) if a.tag not in _PAGE):
            return []
        return [element]
    return []


def _camel_byline(element: etree._Element) -> bool:
    """True for a camel-case author element (:data:`~.data.CAMEL_AUTHOR_TAGS`) that is no
    commenter's and names people in full: a login or an organisation there is the account
    that posted."""
    if element.tag not in data.CAMEL_AUTHOR_TAGS or _camel_comment(element):
        return False
    names = [
        n for n in split_authors([element_text(element)])[0] if n.lower() not in data.AUTHOR_PLACES
    ]
    return bool(names) and all(
        " " in n and data.BYLINE_NAME.fullmatch(n) and not data.FORMAL_SIGNATURE_NOT_NAMES.search(n)
        for n in names
    )


def _camel_comment(element: etree._Element) -> bool:
    """True for an element in a comment whose classes are camel-case ("CommentAuthor" in
    "userComment"): the lower-case test of :func:`~.bylines.comment_part` misses them."""
    for e in (element, *element.iterancestors()):
        if "comment" in f"{e.get('class') or ''} {e.get('id') or ''}".lower():
            return True
    return False


def _in_teaser_card(element: etree._Element) -> bool:
    """True for an element in a link that holds a heading: another article's teaser card
    ("<a href='/other/'><h3>Headline</h3><span class='card-author'>A</span></a>" in a list
    of related posts under the text; session 45, read on en_bf), or beside such a link in an
    ``<article>`` classed a teaser."""
    link = next(element.iterancestors("a"), None)
    if (
        link is not None
        and link.get("href") is not None
        and next(link.iter(*data.HEADING_TAGS), None) is not None
    ):
        return True
    # or in an <article> classed a teaser, beside its link holding a heading ("<article
    # class='ldt-teaser'><a><h3>Headline</h3></a><p class='ldt-teaser__meta'>… Von A</p>";
    # session 48, read on de_full178), never the one holding the page's <h1> (a "teaser"
    # <div> is often the article's own lead: 3 pages down when any such part counted)
    card = next(element.iterancestors("article"), None)
    return (
        card is not None
        and "teaser" in (card.get("class") or "").lower()
        and next(card.iter("h1"), None) is None
        and any(
            a.get("href") is not None and next(a.iter(*data.HEADING_TAGS), None) is not None
            for a in card.iter("a")
        )
    )


def _in_form_or_comment(element: etree._Element) -> bool:
    return any(form_part(a) or comment_part(a) for a in element.iterancestors())
