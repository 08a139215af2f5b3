"""A profile card's name field: the full name after "Name:" in a diary's or journal's
sidebar card ("Name: Anja Kessler", "Name:" | "Kelsey Marlow"), the owner who writes the
page, read where nothing else names anyone (issue 11; kind read in ae, bo, cb, en_n)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylines import comment_part
from newsarchive.extract.index import form_part
from newsarchive.extract.parsing import xpath
from newsarchive.extract.text import fold

#: Text nodes opening with the label (outside scripts and styles).
_LABELS = (
    f'//text()[starts-with(normalize-space(), "{data.PROFILE_NAME_LABEL}")]'
    "[not(parent::script or parent::style)]"
)


def profile_name(tree: etree._Element) -> list[str]:
    """The one full name the page's first :data:`~.data.PROFILE_NAME_MAX` name fields give
    (:data:`~.data.PROFILE_NAME_LABEL`), none where they give two or where a field sits in
    a comment or a form."""
    found: set[str] = set()
    for label in xpath(tree, _LABELS)[: data.PROFILE_NAME_MAX]:
        value = _field_value(label)
        if value is None:
            return []
        if value:
            found.add(value)
    return list(found) if len(found) == 1 else []


def _field_value(label: etree._ElementUnicodeResult) -> str | None:
    """The full name a name field gives ("" for another value), ``None`` in a comment or
    a form (a comment form's "Name:" field, a commenter's card)."""
    owner = label.getparent()
    if owner is None or any(in_comment_or_form(e) for e in owner.iterancestors()):
        return None
    element = owner.getparent() if label.is_tail else owner
    if element is None or in_comment_or_form(element):
        return None
    rest = fold(str(label)).strip()[len(data.PROFILE_NAME_LABEL) :].strip()
    if not rest:
        # the value in the next text node ("<td>Name:</td><td>Kelsey Marlow</td>")
        after = owner.xpath(
            "following::text()[normalize-space()][position() <= 2]"
            if label.is_tail
            else "(.//text() | following::text())[normalize-space()][position() <= 2]"
        )
        rest = fold(str(after[1])).strip() if len(after) > 1 else ""
    return rest if lone_full_name(rest) else ""


def in_comment_or_form(element: etree._Element) -> bool:
    """Whether ``element`` is a form or a comment (:func:`~.bylines.comment_part`)."""
    return form_part(element) or comment_part(element)


def one_owner(found: Iterable[tuple[etree._Element, str]], limit: int) -> list[str]:
    """The one full name (:func:`lone_full_name`) the first ``limit`` of ``found`` (an
    element and the text it gives: a heading, a box) give; none where they give two or where
    one of these elements sits in a comment or a form (the avatar heading, the owner and
    label headings, the profile and header boxes read their owner so)."""
    names: set[str] = set()
    for element, text in islice(found, limit):
        if any(in_comment_or_form(e) for e in (element, *element.iterancestors())):
            return []
        if lone_full_name(text):
            names.add(text)
    return list(names) if len(names) == 1 else []


def lone_full_name(text: str) -> bool:
    """Whether ``text`` is one person's full name alone (two to four capitalised words, no
    bank, club or team)."""
    return (
        " " in text
        and data.BYLINE_NAME.fullmatch(text) is not None
        and not data.FORMAL_SIGNATURE_NOT_NAMES.search(text)  # "Unsere Filiale"
        and not data.SIGNATURE_NOT_NAMES.search(text)
    )
