"""A heading naming the page's owner after a word of its own ("About Jarrah Tillotson",
"More from Maren Ostby", "Mehr von A"; :data:`~.data.OWNER_HEADING`), read where nothing
else names anyone (issue 11; kind read in en_j and en_v)."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.index import in_order, page_index
from newsarchive.extract.parsing import element_text
from newsarchive.extract.profilename import one_owner
from newsarchive.extract.text import fold


def owner_heading(tree: etree._Element) -> list[str]:
    """The one full name the page's first :data:`~.data.OWNER_HEADINGS_MAX` owner headings
    give; none where they give two or where one sits in a comment or a form."""
    index = page_index(tree)
    headings = in_order(*(index.tags[t] for t in data.OWNER_HEADING_TAGS))
    matches = (
        (h, data.OWNER_HEADING.fullmatch(" ".join(fold(element_text(h)).split()))) for h in headings
    )
    found = ((h, match.group("name")) for h, match in matches if match is not None)
    return one_owner(found, data.OWNER_HEADINGS_MAX)
