"""Short boxes set into the text around a button or a signup form (a signup, an offer, an
appeal; a newsletter's label and pitch over its e-mail field): removed before the body
search, their text is the site's (:data:`~newsarchive.extract.data.BUTTON_BOX_MAX_CHARS`)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import forget, page_index
from newsarchive.extract.pruning import longer_than


def drop_button_boxes(tree: etree._Element) -> None:
    """Remove the short boxes around a ``<button>`` (a signup, an offer, an appeal:
    :data:`~newsarchive.extract.data.BUTTON_BOX_MAX_CHARS`): the button's parent, if it is a
    :data:`~newsarchive.extract.data.BUTTON_BOX_TAGS` element without the headline."""
    doomed = []
    for button in tree.iter("button"):
        if button.get("aria-expanded") is not None or button.get("aria-controls") is not None:
            continue  # (a switch that shows a part of the text: an accordion's question)
        box = button.getparent()
        if box is None or box.tag not in data.BUTTON_BOX_TAGS or box.getparent() is None:
            continue
        if longer_than(box, data.BUTTON_BOX_MAX_CHARS) or next(box.iter("h1"), None) is not None:
            continue
        if not _in_text(box):
            continue  # (a banner or a menu of the page's frame)
        doomed.append(box)
    if doomed:
        forget(tree)
    for box in doomed:
        if box.getparent() is not None:
            box.drop_tree()


def drop_signup_boxes(tree: etree._Element) -> None:
    """Remove the short box around a signup form set into the text (a newsletter's label and
    pitch over its e-mail field: the form's parent, as :func:`drop_button_boxes` takes a
    button's; read before the forms leave with the boilerplate, which keeps their box)."""
    doomed = []
    for _, form in page_index(tree).tags["form"]:
        if next(form.iter("input"), None) is None or not _EMAIL_INPUT(form):
            continue
        box = form.getparent()
        if box is None or box.tag not in data.BUTTON_BOX_TAGS or box.getparent() is None:
            continue
        if longer_than(box, data.BUTTON_BOX_MAX_CHARS) or next(box.iter("h1"), None) is not None:
            continue
        if _in_text(box):
            doomed.append(box)
    if doomed:
        forget(tree)
    for box in doomed:
        if box.getparent() is not None:
            box.drop_tree()


_EMAIL_INPUT = etree.XPath(".//input[@type='email']")


def _in_text(box: etree._Element) -> bool:
    """True if ``box`` stands in the text: inside an ``<article>`` or ``<main>``, or beside
    a paragraph."""
    if any(a.tag in ("article", "main") for a in box.iterancestors()):
        return True
    parent = box.getparent()
    return parent is not None and next(parent.iterchildren("p"), None) is not None
