"""Data for a heading naming the page's owner after a word of its own ("About Jarrah
Tillotson" over a blog footer's about box, "More from Maren Ostby" over a list of the
writer's other posts; issue 11, kind read in en_j and en_v). Read by
:mod:`~newsarchive.extract.ownerheading` where nothing else names anyone."""

from __future__ import annotations

import re

#: Heading tags read.
OWNER_HEADING_TAGS = ("h2", "h3", "h4")
#: A heading's whole text: the words before the owner's name (case-sensitive but for the
#: first letter); the rest must be one full name alone.
OWNER_HEADING = re.compile(
    r"(?:[Aa]bout|[Mm]ore\s+(?:from|by|posts\s+(?:from|by))|[Mm]ehr\s+von"
    r"|[Ww]eitere\s+(?:Beiträge|Artikel|Texte)\s+von|[Ü]ber)\s+(?P<name>.+)"
)
#: The headings read on a page (the first ones in document order): two different names
#: among them name nobody.
OWNER_HEADINGS_MAX = 4
