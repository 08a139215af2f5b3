"""A thread's first post: the date line may take a reply's header day ("30.10.2012, 07:10")
when the first post's header stands before the headline or beside a member's "Joined:" line.
Post headers repeat with the same class (vBulletin's ``td.thead``, MyBB's ``td.post_head``):
when the line's day is a later header's of such a group, the group's first header's earlier
day is the thread's (issue 11, rd37)."""

from __future__ import annotations

from datetime import datetime

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_german_date
from newsarchive.extract.nodes import skipped_part


def _classes(element: etree._Element) -> set[str]:
    """The class words of ``element`` and of its parent."""
    parent = element.getparent()
    words = (element.get("class") or "").split()
    if parent is not None:
        words += (parent.get("class") or "").split()
    return set(words)


def _in_skipped_part(element: etree._Element) -> bool:
    """True when ``element`` or an ancestor is a comments', teasers' ... part."""
    return any(skipped_part(e) for e in element.iterancestors()) or skipped_part(element)


def _header_day(element: etree._Element, fetched_at: datetime | None) -> str | None:
    """The date of a post header's own text (a date with a clock time, at most a number)."""
    text = (element.text or "").strip()
    if not text or len(text) > data.FIRST_POST_HEADER_MAX or ":" not in text:
        return None
    text = data.FIRST_POST_NUMBER.sub("", text)
    if not data.FIRST_POST_CLOCK.search(text):
        return None
    return parse_german_date(text, fetched_at)


def first_post_day(tree: etree._Element, day: str, fetched_at: datetime | None) -> str | None:
    """The first header's date of a group of post headers sharing a class word, where
    ``day`` (the line's) is a later header's of that group and the first's day is earlier."""
    firsts: dict[str, tuple[str, etree._Element]] = {}  # class word -> first header
    for element in tree.iter("td", "div", "span", "dt", "p"):
        found = _header_day(element, fetched_at)
        if not found:
            continue
        words = _classes(element)
        if found[:10] == day:
            earlier = [firsts[w] for w in words if w in firsts and firsts[w][0][:10] < day]
            # (not a comments' list: their first is a comment's, not the thread's post)
            earlier = [(d, e) for d, e in earlier if not _in_skipped_part(e)]
            if earlier:
                return min(d for d, _ in earlier)
        for word in words:
            firsts.setdefault(word, (found, element))
    return None
