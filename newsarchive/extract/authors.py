"""Authors: which byline to believe (JSON-LD, meta tags, byline markup, byline text,
author links) and where each is found."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import (
    contains_any,
    in_order,
    page_index,
    with_class,
    xml_tokens,
)
from newsarchive.extract.metadata import Metadata, resolve_ids, strings
from newsarchive.extract.names import (
    all_site_names,
    author_box,
    full_name,
    is_account,
    is_login,
    is_role,
    spelled_out,
    split_authors,
    without_places,
    without_site_names,
)
from newsarchive.extract.parsing import element_text, xpath
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import fold, norm
from newsarchive.extract.visible import _unseen


def find_authors(
    tree: etree._Element,
    meta: Metadata,
    rules: SiteRules,
    site_keys: frozenset[str] | set[str] = frozenset(),
    nodes: list[tuple[str, bool]] | None = None,
) -> tuple[list[str], list[str]]:
    """Authors and agencies: JSON-LD ``author``, meta tags, byline markup, byline text.

    ``nodes`` are the page's text nodes from the headline on (see :func:`page_nodes`)."""
    if rules.author_xpath:
        found = split_authors(element_text(e) for e in xpath(tree, rules.author_xpath))
        if found[0] or found[1]:
            return found
    names, agencies = _byline_authors(tree, meta, site_keys, nodes)
    if not names and not agencies:
        # a blog post's author answering in its comments (WordPress marks that comment)
        names = [n for n in map(element_text, _post_author_comment(tree)) if n][:1]
        names = split_authors(names)[0]
    names = spelled_out(without_places(names), tree)
    return [full_name(n, tree, meta) for n in names], agencies


def _post_author_comment(tree: etree._Element) -> list[etree._Element]:
    """The author elements of the first comment by the post's author (WordPress)."""
    for _, comment, classes in page_index(tree).classed:
        if data.POST_AUTHOR_COMMENT_CLASS in xml_tokens(classes):
            return [
                e
                for e in comment.iterdescendants(etree.Element)
                if e.tag == "cite"
                or contains_any(e.get("class") or "", data.POST_AUTHOR_COMMENT_PARTS)
            ]
    return []


def _byline_authors(
    tree: etree._Element,
    meta: Metadata,
    site_keys: frozenset[str] | set[str],
    nodes: list[tuple[str, bool]] | None,
) -> tuple[list[str], list[str]]:
    """Authors from metadata, byline markup or byline text, in that order."""
    raw = meta.jsonld.get("author") or meta.jsonld.get("creator")
    values = [v for v in strings(resolve_ids(raw, meta.ids)) if not v.startswith(("http", "/"))]
    found = split_authors(values)  # an organisation credited in JSON-LD is an author
    seen: list[bool] = []  # _unseen(values, tree), computed once when first asked

    def unseen() -> bool:
        if not seen:
            seen.append(_unseen(values, tree))
        return seen[0]

    if not values:
        values = [v for v in meta.all(data.META_AUTHOR) if not v.startswith(("http", "@"))]
        if not values:
            values = _labelled_meta_authors(meta)
        found = without_site_names(split_authors(values), site_keys)
        if found[0] and unseen():
            # a site-wide meta author the page never shows yields to the byline it shows
            text = without_site_names(split_authors(text_bylines(nodes or [])), site_keys)
            if text[0]:
                return text
    markup: tuple[list[str], list[str]] | None = None
    if found[0] and not all_site_names(found[0], meta, site_keys):
        text = without_site_names(split_authors(_byline_paragraph(nodes or [])), site_keys)
        if (
            text[0]
            and not {n.lower() for n in text[0]} & {n.lower() for n in found[0]}
            and unseen()
        ):
            # the account that posted (metadata, shown nowhere or hidden) is not the author
            # the article names ("Von Anna Müller" opening a guest post)
            return text
        if all(" " in name for name in found[0]):
            return found
        # a user name ("annamueller") the byline spells out ("Anna Müller") takes that spelling
        markup = without_site_names(split_authors(_markup_bylines(tree)), site_keys)
        spelled = {norm(name): name for name in markup[0]}
        names = [spelled.get(norm(n), n) if " " not in n else n for n in found[0]]
        if all(is_login(n) for n in names):
            # a login ("bankfan77") is nobody's name: a full name the page shows is
            shown = _shown_names(tree, nodes or [], site_keys, markup)
            if shown:
                return shown, found[1]
        return names, found[1]
    markup = without_site_names(split_authors(_markup_bylines(tree)), site_keys)
    if markup[0] and not all_site_names(markup[0], meta, site_keys):
        if all(is_account(n) for n in markup[0]):
            # a team account or a login ("Redaktion", "bankfan77") posted what a person's
            # byline text signs ("Geschrieben von Anna Müller")
            people = _person_over_account(tree, nodes or [], site_keys, markup[0])
            if people:
                return people, markup[1]
        return markup
    text = without_site_names(split_authors(text_bylines(nodes or [])), site_keys)
    if text[0]:
        return text
    signed = without_site_names(split_authors(_footer_bylines(tree)), site_keys)
    if signed[0]:
        return signed
    linked = without_site_names(split_authors(_author_links(tree)), site_keys)
    if linked[0] and not all_site_names(linked[0], meta, site_keys):
        return linked
    boxed = author_box(tree)  # "Über die Autorin" over a name, no byline
    if boxed:
        return boxed, []
    # nobody but the publisher itself is credited: it is the author
    return found if found[0] or found[1] else markup


def _person_over_account(
    tree: etree._Element,
    nodes: list[tuple[str, bool]],
    keys: frozenset[str] | set[str],
    accounts: list[str],
) -> list[str]:
    """People the byline text names, not the accounts' own byline ("Von bankfan77") and not
    another post's byline markup (a blog's front page lists several posts)."""
    posted = {fold(n).lower() for n in accounts}
    rest = [("", True) if fold(t).lower() in posted else (t, s) for t, s in nodes]
    text = without_site_names(split_authors(text_bylines(rest)), keys)
    marked = {fold(element_text(e)).lower() for kind in markup_byline_kinds(tree) for e in kind}
    return [n for n in text[0] if not is_account(n) and n.lower() not in marked]


def _shown_names(
    tree: etree._Element,
    nodes: list[tuple[str, bool]],
    site_keys: frozenset[str] | set[str],
    markup: tuple[list[str], list[str]],
) -> list[str]:
    """Full names (two words or more) in the page's bylines: markup, text near the headline,
    the post's footer, author links."""
    for source in (
        lambda: markup[0],
        lambda: without_site_names(split_authors(text_bylines(nodes)), site_keys)[0],
        lambda: without_site_names(split_authors(_footer_bylines(tree)), site_keys)[0],
        lambda: without_site_names(split_authors(_author_links(tree)), site_keys)[0],
    ):
        names = [n for n in source() if " " in n and not is_login(n)]
        if names:
            return names
    return []


def _labelled_meta_authors(meta: Metadata) -> list[str]:
    """Authors from label/data meta pairs ("twitter:label1" "Verfasst von", "twitter:data1")."""
    found = []
    for key, labels in meta.meta.items():
        match = re.fullmatch(r"twitter:label(\d)", key)
        if match and any(data.AUTHOR_LABEL.fullmatch(fold(label)) for label in labels):
            found += meta.meta.get(f"twitter:data{match.group(1)}", [])
    return found


def _byline_paragraph(nodes: list[tuple[str, bool]]) -> list[str]:
    """A text node that is a byline and nothing else ("Von Anna Müller"), near the headline."""
    for text, skip in nodes[: data.BYLINE_NODES_BEFORE + data.BYLINE_PARAGRAPH_NODES]:
        text = text.translate(data.INVISIBLE)
        if not skip and len(text) < data.BYLINE_MAX_CHARS and data.BYLINE_LINE.fullmatch(text):
            return [data.AUTHOR_PREFIX.sub("", text)]
    return []


def text_bylines(nodes: list[tuple[str, bool]]) -> list[str]:
    """Names from byline text near the headline ("Von Anna Müller", "Autor: Jan Schulz | ...")."""
    for i, (text, skip) in enumerate(nodes[: data.BYLINE_MAX_NODES]):
        if len(text) > data.BYLINE_MAX_CHARS or (
            skip and not (len(text) <= data.GUEST_LEAD_MAX_CHARS and data.GUEST_LEAD.match(text))
        ):
            continue
        if data.BYLINE_PREFIX_ONLY.fullmatch(text) and i + 1 < len(nodes):
            text = f"{text} {nodes[i + 1][0]}"
            j = i + 1  # "Von" <a>Anna Roth</a> "und" <a>Jan Schulz</a>: every linked name
            while j + 2 < len(nodes) and data.BYLINE_JOINER.fullmatch(nodes[j + 1][0]):
                text = f"{text} {nodes[j + 1][0]} {nodes[j + 2][0]}"
                j += 2
        text = text.translate(data.INVISIBLE)  # "Von Mat\xadthi\xadas Lauerer"
        match = (
            data.BYLINE_TEXT.search(text)
            or data.BYLINE_AFTER_DATE.search(text)
            or data.BYLINE_AFTER_LONG_DATE.search(text)
            or data.BYLINE_AFTER_YEAR.search(text)
            or data.BYLINE_BEFORE_DATE.search(text)
        )
        if not match:
            continue
        name = fold(match.group("name")).rstrip(" ,;:·•|–-")
        # places and roles after a name ("Jan Roth, Pressesprecher") are no names
        names = [
            n
            for i, n in enumerate(data.AUTHOR_SPLIT.split(name))
            if n.lower() not in data.AUTHOR_PLACES and not (i and is_role(n.lower()))
        ]
        if data.SIGNATURE_NOT_NAMES.search(" ".join(names)):
            continue  # "Die Redaktion · 17.02.2023": a team, not a person
        lead = match.groupdict().get("lead") or ""
        handle = lead.lower().startswith(data.BYLINE_HANDLE_LEADS)
        if (
            (names and all(data.BYLINE_NAME.fullmatch(n) for n in names))
            or (handle and data.BYLINE_HANDLE.fullmatch(name))
            or (lead and data.BYLINE_USER.fullmatch(name))
        ):
            return [name]
    return []


def _footer_bylines(tree: etree._Element) -> list[str]:
    """Byline text in a post's footer or meta line, wherever it stands ("Geschrieben von Anna
    Müller in Banken" under a long post; themes put the byline in the article's ``<footer>``,
    which the walk near the headline passes over); never in comments."""
    for element in _post_footers(tree)[: data.POST_FOOTER_MAX]:
        nodes = [(fold(text), False) for text in element.itertext() if text.strip()]
        if sum(len(text) for text, _ in nodes) <= data.POST_FOOTER_MAX_CHARS:
            found = text_bylines(nodes)
            if found:
                return found
    return []


def _post_footers(tree: etree._Element) -> list[etree._Element]:
    """A post's footers and meta lines (:data:`~.data.POST_FOOTER_CLASS_PARTS`)."""
    index = page_index(tree)
    footers = [
        (p, e)
        for p, e in index.tags["footer"]
        if next(e.iterancestors("article"), None) is not None
    ]
    found = in_order(footers, with_class(tree, data.POST_FOOTER_CLASS_PARTS))
    return [e for e in found if not any(_comment_part(a) for a in (e, *e.iterancestors()))]


def _has_author_markup(tree: etree._Element) -> bool:
    """True if the page has any element :func:`_markup_bylines` may read."""
    index = page_index(tree)
    return (
        any(p == "author" for _, _, p in index.itemprops)
        or any(a.get("rel") == "author" for a in index.tag("a"))
        or any(a.get("data-author") is not None for a in index.tag("article"))
        or any(contains_any(c, data.AUTHOR_MARKUP_CLASS_PARTS) for _, _, c in index.classed)
    )


def _markup_bylines(tree: etree._Element) -> list[str]:
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
            text = element_text(element)
            # a list of categories or tags in an "author" element is no byline
            if 1 < len(text) < 120 and 0 < len(split_authors([text])[0]) <= 4:
                return [text]
    return []


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
        if "author" in c
        and "authors" not in c
        and e.tag != "body"
        and not (e.tag == "div" and next(e.iterdescendants("p"), None) is not None)
    ]
    return [
        [e for e in kind if not _in_form_or_comment(e)]
        for kind in (named, unnamed, rel, *words, classed)
    ]


def _in_form_or_comment(element: etree._Element) -> bool:
    return any(a.tag == "form" or _comment_part(a) for a in element.iterancestors())


def _comment_part(element: etree._Element) -> bool:
    """True for a comment section or entry: its class or id (:data:`~.data.COMMENT_CLASS_PARTS`)."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return contains_any(names, data.COMMENT_CLASS_PARTS)


def _author_links(tree: etree._Element) -> list[str]:
    """The first link to an author's page ("/autoren/anna-mueller") whose text is a name, with
    the other author links of its byline ("Anna Müller, Jan Schulz & Eva Roth")."""
    links = author_link_elements(tree)[:10]
    for element in links:
        if name := _link_name(element):
            parent = element.getparent()
            names = [name]
            for other in links:
                more = _link_name(other) if other.getparent() is parent else None
                if more and more not in names:
                    names.append(more)
            return names
    return []


def author_link_elements(tree: etree._Element) -> list[etree._Element]:
    """Links to author pages outside navigation, sidebars, comments... (see
    :data:`~newsarchive.extract.data.AUTHOR_LINK_PATHS`)."""
    return [
        a
        for a in page_index(tree).tag("a")
        if contains_any(a.get("href") or "", data.AUTHOR_LINK_PATHS)
        and not any(map(_outside_author_links, a.iterancestors()))
    ]


def _outside_author_links(element: etree._Element) -> bool:
    """True for a part whose author links are not the post's (navigation, sidebar...)."""
    if element.tag in data.AUTHOR_LINK_OUTSIDE_TAGS:
        return True
    classes = element.get("class") or ""
    return _comment_part(element) or not data.AUTHOR_LINK_OUTSIDE_WORDS.isdisjoint(
        xml_tokens(classes)
    )


def _link_name(element: etree._Element) -> str | None:
    """The name an author link shows (its ``itemprop="name"``, not a photo credit beside it)."""
    named = xpath(element, './/*[@itemprop="name"]')
    text = data.AUTHOR_PREFIX.sub("", element_text(named[0] if named else element)).strip()
    return text if data.BYLINE_NAME.fullmatch(text) else None
