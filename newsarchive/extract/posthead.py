"""A title that names no post is no headline: under a weblog's day heading ("Montag, 10. Juni
2002", "Tuesday, March 9, 2004": Blogger's and the classic templates' date header) or a
fediverse account's "Name (@user@host)", the post's own heading after it is the title
(issue 11; :data:`~newsarchive.extract.data.DAY_HEADING`,
:data:`~newsarchive.extract.data.ACCOUNT_TITLE`)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.socialpost import social_post_line
from newsarchive.extract.text import fix_text


def _text(element: etree._Element) -> str:
    return " ".join(fix_text(" ".join(element.itertext())).split())


def _alone(element: etree._Element, text: str) -> bool:
    """Bold or large type that is its block's whole text."""
    parent = element.getparent()
    while parent is not None and parent.tag in data.POST_BOLD_TAGS:
        parent = parent.getparent()
    return parent is not None and _text(parent) == text


def _shown(body: etree._Element, title: str) -> etree._Element | None:
    """The outermost element (of three) whose whole text is ``title``, found by a cheap test
    of each element's own text first."""
    for element in body.iter("*"):
        if element.text and title[:8] in element.text and _text(element) == title:
            for _ in range(3):
                parent = element.getparent()
                if parent is None or _text(parent) != title:
                    break
                element = parent
            return element
    return None


def post_after_non_headline(tree: etree._Element, title: str) -> str:
    """The post heading after the element showing ``title`` (from the page's start where none
    shows it) where ``title`` is a day alone or an account; "" otherwise or where none is
    found. A social network's post page: the post's first line (:func:`social_post_line`)."""
    if line := social_post_line(tree):
        return line
    if not title or not (
        data.DAY_HEADING.fullmatch(title.strip()) or data.ACCOUNT_TITLE.fullmatch(title.strip())
    ):
        return ""
    shown_title = title.strip()
    # an account's display name heads its profile, no post
    return heading_after(tree, shown_title, shown_title.split("(@")[0].strip())


def heading_after(tree: etree._Element, shown_title: str, owner: str) -> str:
    """The first post heading after the element showing ``shown_title`` (a title naming no
    post: a day, an account, a site's name; from the page's start where none shows it): a
    heading or lone bold line of a headline's length, not ``owner``."""
    body = tree.find("body")
    if body is None:
        return ""
    shown = _shown(body, shown_title)
    looked = 0
    inside = set(shown.iterdescendants()) if shown is not None else set()
    after = shown is None  # (no element shows it: the post's heading from the page's start)
    for element in body.iter("*"):
        if not after:
            after = element is shown
            continue
        if element in inside:
            continue
        looked += 1
        if looked > data.POST_HEADING_LOOKAHEAD:
            return ""
        tag = element.tag
        classed = (
            tag in data.POST_HEADING_CLASS_TAGS
            and bool(data.POST_HEADING_CLASS.search(str(element.get("class") or "")))
            and all(child.tag in data.POST_HEADING_INLINE for child in element)
        )
        if tag not in data.POST_HEADING_TAGS and tag not in data.POST_BOLD_TAGS and not classed:
            continue
        text = _text(element)
        low, high = data.POST_HEADING_WORDS
        if (
            not low <= len(text.split()) <= high
            or data.DAY_HEADING.fullmatch(text)
            or text == owner
            or data.SECTION_HEADING.fullmatch(text)
        ):
            continue
        if tag in data.POST_BOLD_TAGS and not _alone(element, text):
            continue
        if text.endswith(":") or any(skipped_part(a) for a in (element, *element.iterancestors())):
            continue
        return text
    return ""
