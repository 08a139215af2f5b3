"""A guest post the blog files under a guest tag and the guest signs at its end: the
owner's account posted it ("Eingestellt von Sabine Roloff", labels "Bank, Gastbeitrag"),
the full name alone closing the text (:func:`~.endname.end_name`) wrote it (issue 11; kind
read on blind de_full139, session 37)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.endname import end_name
from newsarchive.extract.index import page_index
from newsarchive.extract.text import fold


def tagged_guest(tree: etree._Element, authors: list[str], found: list[str]) -> str | None:
    """The name signing the body lines ``found`` of a post tagged a guest post, where the
    byline credits one other person (``authors``); None otherwise. (The closing name is
    tested first: most pages have none, and the tag links are then not walked.)"""
    if len(authors) != 1:
        return None
    signed = end_name(found)
    if not signed or signed.lower() == authors[0].lower():
        return None
    return signed if guest_tagged(tree) else None


def guest_tagged(tree: etree._Element) -> bool:
    """True when a tag link of the page (``rel`` "tag", "category tag") names a guest post
    (:data:`~.data.GUEST_TAG`)."""
    return any(
        "tag" in (link.get("rel") or "").split()
        and data.GUEST_TAG.fullmatch(fold(link.text_content()))
        for link in page_index(tree).tag("a")
    )
