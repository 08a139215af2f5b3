"""A heading naming the page's owner after a word of its own ("About Jarrah Tillotson",
"More from Maren Ostby", "Mehr von A"; :data:`~.data.OWNER_HEADING`), read where nothing
else names anyone (issue 11; kind read in en_j and en_v)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import in_order, page_index
from newsarchive.extract.parsing import element_text
from newsarchive.extract.profilename import in_comment_or_form, lone_full_name
from newsarchive.extract.text import fold


def owner_heading(tree: etree._Element) -> list[str]:
    """The one full name the page's first :data:`~.data.OWNER_HEADINGS_MAX` owner headings
    give; none where they give two or where one sits in a comment or a form."""
    found: set[str] = set()
    index = page_index(tree)
    seen = 0
    for heading in in_order(*(index.tags[t] for t in data.OWNER_HEADING_TAGS)):
        match = data.OWNER_HEADING.fullmatch(" ".join(fold(element_text(heading)).split()))
        if match is None:
            continue
        if any(in_comment_or_form(e) for e in (heading, *heading.iterancestors())):
            return []
        name = match.group("name")
        if lone_full_name(name):
            found.add(name)
        seen += 1
        if seen >= data.OWNER_HEADINGS_MAX:
            break
    return list(found) if len(found) == 1 else []
