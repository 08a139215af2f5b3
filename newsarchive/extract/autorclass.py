"""German byline markup: elements of a class "autor" (:data:`~.data.AUTOR_CLASS`: "<span
class='entry-autor'>", a forum's "<td class='autor'>"), read where the page names nobody
in metadata, byline markup, byline text, a post's footer or an author link. Kind read in
bv, bu and de_full44 (issue 11)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylines import in_outside_part
from newsarchive.extract.index import any_class_contains, page_index
from newsarchive.extract.names import is_account, split_authors, without_site_names
from newsarchive.extract.parsing import element_text


def autor_bylines(
    tree: etree._Element, site_keys: frozenset[str] | set[str]
) -> tuple[list[str], list[str]]:
    """The names and agencies of the first element of a German byline class that names one
    to four writers (as :func:`~.markupbylines.markup_bylines` reads the English classes), not only
    accounts (:func:`~.names.is_account`), without the publisher; none where the page has
    no such class (a cheap test first)."""
    if not any_class_contains(tree, ("autor", "Autor")):
        return [], []
    for element in autor_elements(tree)[: data.AUTOR_ELEMENTS_MAX]:
        text = element_text(element)
        found = without_site_names(split_authors([text]), site_keys)
        # (a team's account, "Autor(en): Redaktion", is nobody)
        if 1 < len(text) < 120 and 0 < len(found[0]) <= 4 and not all(map(is_account, found[0])):
            return found
    return [], []


def autor_elements(tree: etree._Element) -> list[etree._Element]:
    """Elements of a German byline class; not the ``<body>``, not a ``<div>`` holding a
    ``<p>`` (a box of text, as :func:`~.markupbylines.markup_byline_kinds` skips), none in
    navigation, a sidebar or comments (:func:`~.bylines.in_outside_part`)."""
    return [
        _cell_name(e)
        for _, e, c in page_index(tree).classed
        if ("autor" in c or "Autor" in c)
        and data.AUTOR_CLASS.search(c)
        and e.tag != "body"
        and not (e.tag == "div" and next(e.iterdescendants("p"), None) is not None)
        and not in_outside_part(e)
    ]


def _cell_name(element: etree._Element) -> etree._Element:
    """A forum's user cell's first bold or linked element, the poster's name over the rank
    ("<td class='autor'><b>Anna Roth</b><br><small>Stammgast</small>"); else the element."""
    if element.tag not in ("td", "th"):
        return element
    first = next(element.iterchildren(etree.Element), None)
    return first if first is not None and first.tag in data.CELL_NAME_TAGS else element
