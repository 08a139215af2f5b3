"""The page's layout among the flagged parts (:func:`~newsarchive.extract.nodes.page_nodes`).

A page builder that classes EVERY block alike (Readymag's ``rm-widget rm-text``) puts the
headline in one of them and the text, the date line and the credit line ("Text: A · Fotos:
B") in its siblings of the same class: the block holding the headline is the page's layout,
and so is every block whose ``class`` reads exactly as a flagged block holding the headline
(collected during the walk itself; a real sidebar's widgets are classed apart from the
article's block). Without an ``<h1>``, a page-wide ``<form>`` (Lotus Domino's
``_DominoForm``, ASP.NET's ``<form id="Form">``) holding most of the body is its layout too
(:func:`page_wide`)."""

from __future__ import annotations

from lxml import etree


def page_wide(body: etree._Element) -> frozenset[etree._Element]:
    """The body's ``<form>`` children holding more than half of its elements (a page wrapped
    whole in a form: Domino, ASP.NET), on a page without ``<h1>``."""
    forms = [child for child in body if child.tag == "form"]
    if not forms:
        return frozenset()
    total = sum(1 for _ in body.iter())
    return frozenset(form for form in forms if 2 * sum(1 for _ in form.iter()) > total)
