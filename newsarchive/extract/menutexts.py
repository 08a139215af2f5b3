"""Menu texts: a header's or profile box's link that is a menu's item ("Für Unternehmen",
"Kostenloses Erstgespräch", "Beliebte Seiten", "Ask Question") or a heading over a list of
links ("Ähnliche Themen") reads like a full name but names no owner
(:data:`~.data.MENU_LINK_TAGS`; kind read in br, by, cd, de_full19, en_i, q)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data


def menu_text(holder: etree._Element, box: etree._Element) -> bool:
    """Whether the text ``holder`` holds (in ``box``) is a menu's link or a list's heading."""
    if holder.tag in data.MENU_HEADING_TAGS:
        after = holder.getnext()
        return after is not None and after.tag in data.MENU_LIST_TAGS
    link = holder if holder.tag == "a" else holder.getparent()
    if link is None or link.tag != "a":
        return False
    return _menu_link(link, box)


def _menu_link(link: etree._Element, box: etree._Element) -> bool:
    """Whether ``link`` is a menu's item: a button, beside another link, or in a menu's tag
    between it and ``box``."""
    classes = (link.get("class") or "").lower()
    if any(word in classes for word in data.MENU_BUTTON_WORDS):
        return True
    parent = link.getparent()
    if parent is not None and any(a is not link for a in parent.iterchildren("a")):
        return True
    for ancestor in link.iterancestors():
        if ancestor.tag in data.MENU_LINK_TAGS:
            return True
        if ancestor is box:
            break
    return False
