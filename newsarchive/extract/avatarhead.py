"""A profile header: a person's full name alone in a heading right after the avatar image
("<img class='avatar'>" "<h1>Mareike Wolters</h1>"; :data:`~.data.AVATAR_HEADING_TAGS`), a
member page's or personal blog's owner, read where nothing else names anyone (issue 11;
kind read in ba, by, cb). A link right after the avatar counts too: a channel's head
("<img class='avatar'> <a class='m-channel__name'>Jonas Roth</a> @jroth") or a forum
post's member card ("<img> <a href='/mitglied/JuliaRoth/'>Julia Roth</a> Mitglied seit
2007"; kind read in half CF)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import in_order, page_index
from newsarchive.extract.parsing import element_text
from newsarchive.extract.profilename import one_owner
from newsarchive.extract.text import fold


def avatar_heading(tree: etree._Element) -> list[str]:
    """The one full name the page's first :data:`~.data.AVATAR_HEADINGS_MAX` avatar
    headings give; none where they give two or where one sits in a comment or a form."""
    index = page_index(tree)
    # (and a link: a channel's or member card's "<img class='avatar'> <a>Jonas Roth</a>")
    headings = in_order(*(index.tags[t] for t in (*data.AVATAR_HEADING_TAGS, "a")))
    found = ((h, fold(element_text(h)).strip()) for h in headings if _after_avatar(h))
    return one_owner(found, data.AVATAR_HEADINGS_MAX)


def _after_avatar(heading: etree._Element) -> bool:
    """Whether the element right before ``heading`` is an image or a link holding one."""
    before = heading.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()  # (a comment between them)
    return before is not None and (
        before.tag == "img" or (before.tag == "a" and before.find("img") is not None)
    )
