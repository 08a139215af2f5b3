"""Data for a podcast episode's hosts line made of links, read by
:mod:`~newsarchive.extract.hostlinks` (moved out of :mod:`~newsarchive.extract.data.credits`
in session 66)."""

from __future__ import annotations

#: A podcast episode's hosts line made of links (:mod:`~newsarchive.extract.hostlinks`):
#: the text before the first link ("Mit" <a>A</a> "und" <a>B</a>, "Hosted by" <a>A</a>
#: "and" <a>B</a>), and what may stand between two links (folded).
HOST_LINK_LEADS = frozenset({"Mit", "Mit:", "Hosted by", "Presented by"})
HOST_LINK_JOINERS = frozenset({",", "und", "&", "sowie", "and"})
#: What may open the text after the last link: the line's other credits ("· Gast: B",
#: "· Produced by C").
HOST_LINK_AFTER = ("·", "|", "•")
