"""Short boxes set into the text around a button or a signup form (a signup, an offer, an
appeal; a newsletter's label and pitch over its e-mail field): removed before the body
search, their text is the site's (:data:`~newsarchive.extract.data.BUTTON_BOX_MAX_CHARS`)."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import forget, page_index
from newsarchive.extract.pruning import longer_than


def drop_button_boxes(tree: etree._Element) -> None:
    """Remove the short boxes around a ``<button>`` (a signup, an offer, an appeal:
    :data:`~newsarchive.extract.data.BUTTON_BOX_MAX_CHARS`): the button's parent, if it is a
    :data:`~newsarchive.extract.data.BUTTON_BOX_TAGS` element without the headline."""
    _drop(
        tree,
        (
            button.getparent()
            for button in tree.iter("button", "a")
            # (a link styled as a button: "<a class='button'>Jetzt testen</a>"; not a switch
            # that shows a part of the text: an accordion's question)
            if (button.tag == "button" or _LINK_BUTTON.intersection(_tokens(button)))
            and button.get("aria-expanded") is None
            and button.get("aria-controls") is None
        ),
    )


#: The class words of a link styled as a button (session 33: a paywall's offer box, de_full97).
_LINK_BUTTON = frozenset({"button", "btn"})


def _tokens(element: etree._Element) -> set[str]:
    """The class words of ``element``, lower case."""
    return set((element.get("class") or "").lower().split())


def drop_signup_boxes(tree: etree._Element) -> None:
    """Remove the short box around a signup form set into the text (a newsletter's label and
    pitch over its e-mail field: the form's parent, as :func:`drop_button_boxes` takes a
    button's; read before the forms leave with the boilerplate, which keeps their box)."""
    forms = page_index(tree).tags["form"]
    _drop(
        tree,
        (
            form.getparent()
            for _, form in forms
            if next(form.iter("input"), None) is not None and _EMAIL_INPUT(form)
        ),
    )


def _drop(tree: etree._Element, boxes: Iterable[etree._Element | None]) -> None:
    """Remove each of ``boxes`` that is a short box in the text (:func:`_short_box`)."""
    doomed = [box for box in boxes if box is not None and _short_box(box)]
    if doomed:
        forget(tree)
    for box in doomed:
        if box.getparent() is not None:
            box.drop_tree()


def _short_box(box: etree._Element) -> bool:
    """True for a :data:`~newsarchive.extract.data.BUTTON_BOX_TAGS` element of at most
    :data:`~newsarchive.extract.data.BUTTON_BOX_MAX_CHARS` characters without the headline,
    standing in the text (not a banner or a menu of the page's frame)."""
    if box.tag not in data.BUTTON_BOX_TAGS or box.getparent() is None:
        return False
    if longer_than(box, data.BUTTON_BOX_MAX_CHARS) or next(box.iter("h1"), None) is not None:
        return False
    return _in_text(box)


_EMAIL_INPUT = etree.XPath(".//input[@type='email']")


def _in_text(box: etree._Element) -> bool:
    """True if ``box`` stands in the text: inside an ``<article>`` or ``<main>``, or beside
    a paragraph."""
    if any(a.tag in ("article", "main") for a in box.iterancestors()):
        return True
    parent = box.getparent()
    return parent is not None and next(parent.iterchildren("p"), None) is not None
