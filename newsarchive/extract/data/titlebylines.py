"""Data for the writer a page's ``<title>`` names (read by
:mod:`~newsarchive.extract.titlebyline`) where nothing else on the page does."""

from __future__ import annotations

import re

#: Separators between a ``<title>``'s parts ("Jappy - Tagebuch von A", "Post | A on Patreon").
TITLE_PART_SEPARATOR = re.compile(r"\s+(?:[-–—|«»·]|::)\s+")
#: A name in such a part: two to four capitalised words (case as written).
_NAME = r"(?-i:[A-ZÄÖÜ][^\W\d_]+(?:[\s-][A-ZÄÖÜ][^\W\d_]+){1,3})"
#: A title part naming its writer: a diary's or a blog's owner ("Tagebuch von A", "Blog von
#: A"), a post "by A" closing the part ("Why Your Bank Needs a MySpace Page by A"), a
#: member's site ("A's Site", "A's Blog"), a creator's page on a platform ("A on Patreon",
#: "A auf Unterstuetzer"). Social networks, blog hosts and creator platforms of the 2000s
#: to 2020s print the owner nowhere else but a profile box. Kind read in bw, bt, en_i, en_l
#: and ae (issue 11, session 16).
TITLE_BYLINE = re.compile(
    rf"(?:tagebuch|blog|weblog|notizbuch|seite)\s+von\s+(?P<name>{_NAME})|.*\sby\s+(?P<by>{_NAME})|"
    rf"(?P<owner>{_NAME})['’]s\s+(?:site|blog|weblog|page|space|journal)|"
    rf"(?P<creator>{_NAME})\s+(?:on|auf)\s+(?-i:[A-Z])[\w.-]+",
    re.IGNORECASE,
)
