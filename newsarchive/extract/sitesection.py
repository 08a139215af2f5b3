"""A site's name is no post's headline: where the page's <title> is "Site - Aktuelles" (a
site's name and its news section, :data:`~newsarchive.extract.data.SITE_SECTION_TITLE`) and
the title found is that site's name alone (its <h1> or banner), the post's own heading after
it is the title (issue 11)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.posthead import heading_after
from newsarchive.extract.text import fix_text


def _head_title(tree: etree._Element) -> str:
    element = tree.find("head/title")
    if element is None:
        return ""
    return " ".join(fix_text(" ".join(element.itertext())).split())


def post_under_site_name(tree: etree._Element, title: str) -> str:
    """The post heading after the site's name where ``title`` is the site named in a
    "Site - News" <title>; "" otherwise or where none is found."""
    name = " ".join(title.split())
    if not name:
        return ""
    match = data.SITE_SECTION_TITLE.fullmatch(_head_title(tree))
    if match is None or match.group("site").casefold() != name.casefold():
        return ""
    return heading_after(tree, name, name)
