"""The author of a forum thread's opening post, named by the board's user-name markup
(:data:`~newsarchive.extract.data.FORUM_POSTER_CLASS_WORDS`, phpBB 2's ``span.name`` holding
the post's anchor) where no byline, author link or author box names anyone."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.bylines import in_outside_part
from newsarchive.extract.index import page_index, xml_tokens
from newsarchive.extract.names import is_login
from newsarchive.extract.parsing import element_text


def forum_poster(tree: etree._Element) -> list[str]:
    """The first user name on the page (outside navigation, forms, sidebars and comments)
    when it is a person's full name; else nobody (a login, or no such markup)."""
    for _, element, classes in page_index(tree).classed:
        lower = classes.lower()  # "UserName", "Username", "username"
        if "name" not in lower:
            continue
        words = xml_tokens(lower)
        anchored = "name" in words and element.find("a[@name]") is not None
        if data.FORUM_POSTER_CLASS_WORDS.isdisjoint(words) and not anchored:
            continue
        if in_outside_part(element):
            continue
        name = element_text(element)
        full = " " in name and data.BYLINE_NAME.fullmatch(name) and not is_login(name)
        return [name] if full else []
    return []
