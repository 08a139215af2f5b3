"""A story's title shown after its topic's link and a colon ("<a>Member News</a> : Members
can now check balances online", the news module of XOOPS, PostNuke and PHP-Nuke) that ends
the ``<title>`` ("Site - Topic - Headline", "Site :: Headline"): the headline."""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import page_index
from newsarchive.extract.nodes import skipped_part
from newsarchive.extract.text import fix_text


def _story_title(link: etree._Element) -> str:
    """The text after ``link`` and a colon where the link opens its parent's text (its
    first child, no text before it); empty otherwise."""
    parent = link.getparent()
    if not (link.tail or "").lstrip().startswith(":") or parent is None:
        return ""
    if (parent.text or "").strip() or parent[0] is not link:
        return ""
    topic, whole = fix_text(link.text_content()), fix_text(parent.text_content())
    return whole[len(topic) :].lstrip(" :") if topic and whole.startswith(topic) else ""


def topic_headline(tree: etree._Element, title: str, shown: list[str]) -> str:
    """The story title after one of the page's first :data:`~.data.TOPIC_LINKS_MAX`
    ``<a>``s and a colon (:func:`_story_title`), outside navigation, sidebars and teasers
    (:func:`~.nodes.skipped_part`), of :data:`~.data.TOPIC_TITLE_MIN_WORDS` words or more,
    that ends a metadata title (``shown``: the ``<title>`` and ``og:title``) after a
    separator, where the title found is another text (the site's banner, a sidebar block's
    title, the whole "Site - Topic - Headline"). Empty where none is found."""
    ends = [fix_text(t).lower() for t in shown if t]
    if not ends:
        return ""
    for _, link in page_index(tree).tags["a"][: data.TOPIC_LINKS_MAX]:
        tail = link.tail  # (tested here first: most links have no colon after them)
        if not tail or not tail.lstrip().startswith(":"):
            continue
        story = _story_title(link)
        if len(re.findall(r"\w+", story)) < data.TOPIC_TITLE_MIN_WORDS:
            continue
        lowered = story.lower()
        if lowered == title.lower() or not any(
            t.endswith(lowered) and data.TITLE_SEPARATOR_END.search(t[: -len(lowered)])
            for t in ends
        ):
            continue
        if not any(skipped_part(a) for a in link.iterancestors()):
            return story
    return ""
