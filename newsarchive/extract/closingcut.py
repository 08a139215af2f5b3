"""What closes the text and is no part of it, taken off the body's lines after the authors
were read on them: the writer's credit and sign-off lines (:mod:`.body`, :mod:`.signoffs`,
:mod:`.behalfcut`, :mod:`.dashsign`, :mod:`.possign`), and the lines of a signature box (a
forum post's or a blog's ``class="signature"``: "-- Gruß, Thorsten Albers", a shop's
hours), which stays in the tree until then, as the signature names the writer (issue 11,
session 48: as a boilerplate class the box cost 23 pages their authors)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.behalfcut import without_behalf_signature
from newsarchive.extract.body import without_closing_credit
from newsarchive.extract.dashsign import without_dash_signature
from newsarchive.extract.index import page_index
from newsarchive.extract.possign import without_possessive_signature
from newsarchive.extract.signoffs import without_sign_off
from newsarchive.extract.text import fold


def signature_box_texts(tree: etree._Element) -> frozenset[str]:
    """The folded text pieces of the page's signature boxes (a class token of
    :data:`~.data.SIGNATURE_BOX_TOKENS`), read before the boilerplate leaves the tree."""
    return frozenset(
        piece
        for _, element, classes in page_index(tree).classed
        if data.SIGNATURE_BOX_TOKENS.intersection(classes.lower().split())
        for piece in map(fold, element.itertext())
        if piece
    )


def closing_cut(lines: list[str], boxed: frozenset[str] = frozenset()) -> list[str]:
    """``lines`` without the writer's credits and sign-offs closing them and without the
    lines of the signature boxes ``boxed`` (:func:`signature_box_texts`)."""
    cut = without_possessive_signature(
        without_dash_signature(
            without_behalf_signature(without_sign_off(without_closing_credit(lines)))
        )
    )
    return [line for line in cut if not _boxed(fold(line), boxed)] if boxed else cut


def _boxed(line: str, boxed: frozenset[str]) -> bool:
    """True for a line that is a signature box's piece, or holds a long one and little else
    (:data:`~.data.SIGNATURE_BOX_MIN_CHARS`, :data:`~.data.SIGNATURE_BOX_EXTRA_CHARS`)."""
    if line in boxed:
        return True
    return any(
        len(piece) >= data.SIGNATURE_BOX_MIN_CHARS
        and len(line) <= len(piece) + data.SIGNATURE_BOX_EXTRA_CHARS
        and piece in line
        for piece in boxed
    )
