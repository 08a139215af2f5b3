"""A profile box: the owner's full name alone in an element classed or named "profile"
("<div class='module profile'><p class='name'>Hollis Grant</p>", "<td class='profileBox'>
<b>Carsten Wöhlke</b>"; :data:`~.data.PROFILE_BOX_PARTS`), a journal's, member page's or
personal blog's card of the one who writes it, read where nothing else names anyone
(issue 11; kind read in ad, ba, bt, en_l, en_o); the same in the page's header or banner
(kind read in aq, ar, bu, en_v)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.givenname import opens_with_given_name
from newsarchive.extract.index import PageIndex, class_text, contains_any, page_index
from newsarchive.extract.menutexts import menu_text
from newsarchive.extract.profilename import lone_full_name, one_owner
from newsarchive.extract.text import fold


def header_owner(tree: etree._Element) -> list[str]:
    """The one full name the page's header boxes give (:data:`~.data.OWNER_HEADER_PARTS`:
    "<div id='banner'><p class='owner'>Lena Schubert</p>", "<header class='world-header'>"),
    read like the profile boxes (:func:`profile_box`), if it opens with a given name (a
    header's labels are two capitalised words too: "Zum Inhalt", "Service Navigation"); in
    "Geldgeschichten von Ines Wallbrecht" the name after "von" (or "by") does."""
    names = profile_box(tree, data.OWNER_HEADER_PARTS)
    return [n for n in names if opens_with_given_name(_OWNER_AFTER.split(n)[-1])]


#: What stands before the owner's name in a header's "Blog von A", "Notes by A".
_OWNER_AFTER = re.compile(r"\s(?:von|by)\s", re.IGNORECASE)


def profile_box(tree: etree._Element, parts: tuple[str, ...] = ()) -> list[str]:
    """The one full name the page's first :data:`~.data.PROFILE_BOXES_MAX` profile boxes
    (or boxes of other class ``parts``) give (each its first in
    :data:`~.data.PROFILE_BOX_TEXTS` text nodes); none where they give two or where a box
    sits in a comment or a form."""
    index = page_index(tree)
    parts = parts or data.PROFILE_BOX_PARTS
    if not _marks_hold(index, parts):
        return []
    boxes = (  # read lazily: only the first boxes are wanted
        e
        for _, e, classes, ident in index.marked
        if e.tag not in data.PROFILE_BOX_NOT_TAGS
        and contains_any(f"{classes or ''} {ident or ''}".lower(), parts)
    )
    return one_owner(((box, _first_name(box)) for box in boxes), data.PROFILE_BOXES_MAX)


def _first_name(box: etree._Element) -> str:
    """The first full name alone among the box's first :data:`~.data.PROFILE_BOX_TEXTS`
    texts (only these are read: a box classed "header" may hold the whole page)."""
    texts = islice(((t, e) for t, e in _texts(box) if t.strip()), data.PROFILE_BOX_TEXTS)
    return next(
        (
            f
            for t, e, f in ((t, e, fold(t).strip()) for t, e in texts)
            if lone_full_name(f) and not menu_text(e, box)
        ),
        "",
    )


_HIDDEN = frozenset({"script", "style"})


def _texts(box: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """The box's text nodes in document order with the element each stands in (a tail's is
    its element's parent), but a script's or a style's: XPath's
    ``.//text()[not(parent::script or parent::style)]`` walked lazily (that XPath listed a
    whole page's texts where a box classed "header" holds it, to read the first few). The
    walk sees no comments, which the parser drops already (:mod:`.parsing`)."""
    for event, element in etree.iterwalk(box, events=("start", "end")):
        if event == "start":
            if element.text and element.tag not in _HIDDEN:
                yield element.text, element
        elif element is not box and element.tail:
            parent = element.getparent()
            if parent is not None and parent.tag not in _HIDDEN:
                yield element.tail, parent


def _marks_hold(index: PageIndex, parts: tuple[str, ...]) -> bool:
    """Whether a class or an id of the page holds one of ``parts`` (lower case, no space in
    any): the values joined and searched at once, so most pages skip the loop over their
    elements (the same answer: no part is found across two values)."""
    classes = class_text(index)[0].lower()
    idents = "\x00".join([ident for _, _, _, ident in index.marked if ident]).lower()
    return any(part in classes or part in idents for part in parts)
