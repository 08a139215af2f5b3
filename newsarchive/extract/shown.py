"""Headline text and the metadata titles a page shows as an element's whole text, for
:mod:`~newsarchive.extract.title`.

:func:`shown_texts` compares the headline text (:func:`headline_texts`, then ``fix_text``)
of every element of a few tags with the titles. Read element by element that would read
each text node once per ancestor (on a deep page of nested ``<div>`` about 30 ms); one walk
builds every element's joined headline text from its children's (:func:`_headline_joins`),
and an element whose text has more non-space characters than the longest title is skipped
before ``fix_text`` when it holds no character ``fix_text`` may remove or merge
(:data:`_FIXABLE`): ``fix_text`` is ``fold`` there, which keeps every non-space character."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import in_order, page_index, visible_text
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.pagegap import near_post
from newsarchive.extract.parsing import home_link
from newsarchive.extract.text import fix_text, fold, norm

#: The characters ``fix_text`` may take out or merge with others: an entity's ``&``, the
#: first character of UTF-8 read as cp1252 (``Ã``, ``Â``) and the invisible ones.
_FIXABLE = re.compile("[&ÃÂ" + "".join(map(chr, data.INVISIBLE)) + "]")


def _skipped(child: etree._Element) -> bool:
    """True for an element nested in a headline that is not part of it (a byline, a date)."""
    return child.tag in data.HEADLINE_SKIP_TAGS or (
        data.HEADLINE_SKIP_CLASS.search(child.get("class") or "") is not None
    )


def headline_texts(element: etree._Element) -> Iterator[str]:
    """A headline's text nodes, without bylines, dates or styles nested in it."""
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str) and not _skipped(child):
            yield from headline_texts(child)
        if child.tail:
            yield child.tail


def _headline_joins(body: etree._Element) -> dict[etree._Element, str]:
    """Per element of ``body``, its :func:`headline_texts` joined by spaces, built in one
    walk from its children's (children before their parent): the same string as
    ``" ".join(headline_texts(element))``, without reading a text node once per ancestor."""
    joins: dict[etree._Element, str] = {}
    for _, element in etree.iterwalk(body, events=("end",)):
        parts = [element.text] if element.text else []
        for child in element:
            if isinstance(child.tag, str) and not _skipped(child):
                inner = joins[child]
                if inner:
                    parts.append(inner)
            if child.tail:
                parts.append(child.tail)
        joins[element] = " ".join(parts)
    return joins


def _story_cell(cell: etree._Element, joins: dict[etree._Element, str], wanted: set[str]) -> bool:
    """True for a table cell that may show the story's title: its row's only cell with text
    (a properties table's value cell beside its label "Name" is none), holding no element
    that shows a title itself (a forum's ledger cell "Thema: <b>Headline</b>": the bold
    headline is the shown one)."""
    row = cell.getparent()
    if row is not None and any(
        c is not cell and c.tag in data.SHOWN_CELL_TAGS and joins[c].strip() for c in row
    ):
        return False
    return not any(
        fix_text(joins[e]).lower() in wanted
        for e in cell.iterdescendants(*data.SHOWN_TITLE_TAGS)
        if joins[e].strip()
    )


def shown_texts(tree: etree._Element, titles: list[str], cells: bool = True) -> set[str]:
    """The metadata titles (lower case) that the body shows as an element's whole text
    outside links, navigation and teasers: on a page without a headline element
    (``<strong>``, ``<div class="headline">``), that one beats an SEO ``og:title`` or one
    with a rubric (see :data:`~newsarchive.extract.data.SHOWN_TITLE_TAGS`). Table cells count
    only with ``cells`` and where :func:`_story_cell` takes them for the story's cell."""
    body = tree.find("body")
    if body is None:
        return set()
    wanted, shown = set(titles), set()
    longest = max(map(len, wanted), default=0)
    joins = _headline_joins(body)
    for element in body.iter(data.SHOWN_TITLE_TAGS):
        joined = joins[element]
        if (
            len(joined) > longest
            and _FIXABLE.search(joined) is None
            and sum(map(len, joined.split())) > longest
        ):
            continue  # (its text is longer than every title)
        text = fix_text(joined).lower()
        if element.tag in data.SHOWN_CELL_TAGS and not (
            cells and _story_cell(element, joins, wanted)
        ):
            continue
        if text in wanted and not any(
            a.tag == "a" or skipped_part(a) for a in (element, *element.iterancestors())
        ):
            shown.add(text)
    return shown


def generic_heading(heading: str) -> bool:
    """A heading naming a kind of page ("Aktuelles"), also two joined ("Kontakt & Beratung")."""
    parts = data.GENERIC_HEADING_JOINER.split(fold(heading).lower().strip(" :!."))
    return all(p.strip() in data.GENERIC_HEADINGS for p in parts)


def post_heading(tree: etree._Element, generic: Callable[[str], bool]) -> str:
    """The first ``<h2>``/``<h3>`` whose class names it a title or headline
    (:data:`~.data.HEADLINE_CLASSES`) or microdata its headline, outside links, sidebars,
    widgets and teasers (:func:`~.nodes.skipped_part`): a post's heading on a page whose
    metadata titles name only the page's kind or the site; never a page kind by ``generic``.
    A part holding the page's ``<h1>`` as well is its layout, not a sidebar
    ("container--with-sidebar")."""
    index = page_index(tree)
    # a part holding the page's <h1> too is its layout ("container--with-sidebar")
    h1 = index.tags["h1"][0][1] if index.tags["h1"] else None
    layout = frozenset(h1.iterancestors()) if h1 is not None else frozenset()
    # (an element ARIA names a heading: "<div class='news__headline' role='heading'>", a
    # CMS's news detail without a heading tag; session 46, read on de_full169)
    roles = [(p, e) for p, e, _ in index.classed if e.get("role") == "heading"]
    headings = in_order(index.tags["h2"], index.tags["h3"], roles)
    for heading in headings[: data.REPEATED_HEADING_MAX]:
        classes = (heading.get("class") or "").lower()
        # (microdata's headline: TYPO3's news detail, "<h2 itemprop='headline'>"; session 42)
        marked = any(c in classes for c in data.HEADLINE_CLASSES)
        if not (marked or heading.get("itemprop") == "headline") or skipped_part(heading):
            continue
        if any(
            a.tag in data.POST_HEADING_OUTSIDE or (a not in layout and skipped_part(a))
            for a in heading.iterancestors()
        ):
            continue
        text = fix_text(" ".join(headline_texts(heading)))
        # (never a list's heading: "Weitere Meldungen" over the other posts)
        if 3 <= len(text) <= 300 and not generic(text) and not others_heading(text):
            return text
    return _under_kind_h1(tree, generic)


def others_heading(text: str) -> bool:
    """A heading over a list of other items ("Weitere Meldungen", "Mehr zum Thema";
    :data:`~.data.DATE_OTHERS_HEADING`)."""
    return bool(data.DATE_OTHERS_HEADING.fullmatch(text))


def _first(entry: tuple[int, etree._Element]) -> int:
    return entry[0]


def _under_kind_h1(tree: etree._Element, generic: Callable[[str], bool]) -> str:
    """Where the page's only ``<h1>`` names its kind by ``generic`` ("Aktuelles", under the
    title "Aktuelles - Steuerbüro"), the first ``<h2>``/``<h3>`` after it, outside links,
    of :data:`~.data.HEADLINE_ELEMENT_MIN_WORDS` words or more, with no more than
    :data:`~.data.SITE_H1_POST_GAP` characters of visible text between them (a date line):
    the post opening under the page's kind, in a site builder's news block too."""
    index = page_index(tree)
    if len(index.tags["h1"]) != 1:
        return ""
    at, h1 = index.tags["h1"][0]
    kind = fix_text(" ".join(headline_texts(h1)))
    if not generic(kind):
        return ""
    after = [h for p, h in sorted([*index.tags["h2"], *index.tags["h3"]], key=_first) if p > at]
    if not after or any(a.tag in data.POST_HEADING_OUTSIDE for a in after[0].iterancestors()):
        return ""
    text = fix_text(" ".join(headline_texts(after[0])))
    if (
        len(text) > 300
        or len(re.findall(r"\w+", text)) < data.HEADLINE_ELEMENT_MIN_WORDS
        or generic(text)
        or others_heading(text)
        or text.endswith(":")
        or after[0].find(".//a") is not None
    ):
        return ""
    flat = " ".join((visible_text(tree) or "").split()).lower()
    start = flat.find(kind.lower())
    at = flat.find(text.lower(), start + len(kind)) if start >= 0 else -1
    return text if at >= 0 and near_post(tree, kind, text, at - start - len(kind)) else ""


def names_site(title: str, h1: str, tree: etree._Element, generic: Callable[[str], bool]) -> bool:
    """Whether a metadata title as the page gives it is the banner ``<h1>``'s text ``h1``
    alone, or that text and one section after a separator ("Institut - Arbeitspapiere"
    with at most :data:`~.data.SITE_H1_SECTION_SEGMENTS` such segments): a page kind by
    ``generic`` or the text of a link of the page's menu (not its home link), the section
    the post stands in. "Name | Site" over the ``<h1>`` "Name" names the post, not the site."""
    title = " ".join(title.split())
    if title.lower() == h1.lower():
        return True
    rest = title[len(h1) :] if title.lower().startswith(h1.lower()) else ""
    parts = data.TITLE_SEPARATORS.split(rest)
    if not rest or parts[0] or not 1 <= len(parts) - 1 <= data.SITE_H1_SECTION_SEGMENTS:
        return False
    sections = {p.strip().lower() for p in parts[1:]}
    if all(generic(s) for s in sections):
        return True
    menu = {
        fix_text(a.text_content()).lower()
        for _, a in page_index(tree).tags["a"]
        if not home_link(a.get("href") or "")
    }
    return sections <= menu


def _banner_marked(img: etree._Element) -> bool:
    """Whether an image's file name, its own or an ancestor's class or id names it a banner
    or logo (:data:`~.data.BANNER_IMAGE_WORDS`), outside an article (see :func:`banner_names`)."""
    marks = [(img.get("src") or "").rsplit("/", 1)[-1]]
    for element in (img, *img.iterancestors()):
        if element.tag in data.BANNER_IMAGE_OUTSIDE:
            return False
        marks += [element.get("class") or "", element.get("id") or ""]
    words = re.split(r"[^a-z]+", " ".join(marks).lower())
    return any(w == "head" or w.startswith(data.BANNER_IMAGE_WORDS) for w in words)


def banner_names(tree: etree._Element, titles: list[str]) -> set[str]:
    """The ``alt`` texts (as :func:`~.text.norm` keys) of the body's first banner or logo
    images (:data:`~.data.BANNER_IMAGES_SEEN`, :func:`_banner_marked`) that a metadata title
    (of ``titles``) gives whole or as one of its separated segments: the site's name, cut
    from the title ("Betriebsgruppe Weserland - Info 3/98" under "<img src="logo.gif"
    alt="Betriebsgruppe Weserland">") as the home link's text is. A name before a colon
    alone ("Kammer: Fachinformationen") stays: the rest may be the ``<h1>``'s section."""
    body = tree.find("body")
    if body is None:
        return set()
    segments = {norm(s) for t in titles for s in data.TITLE_SEPARATORS.split(fix_text(t))}
    names = set()
    for img in islice(body.iter("img"), data.BANNER_IMAGES_SEEN):
        alt = norm(" ".join((img.get("alt") or "").split()))
        if 2 <= len(alt) <= data.BANNER_ALT_MAX and alt in segments and _banner_marked(img):
            names.add(alt)
    return names
