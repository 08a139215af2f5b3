"""English byline text (read by :mod:`~newsarchive.extract.bylines` beside the German forms
of :mod:`~newsarchive.extract.data.authors`)."""

from __future__ import annotations

import re

#: "by" after a date, a year or a clock time leads a byline, the English
#: :data:`~.authors.BYLINE_AFTER_YEAR` ("11 Nov 2025 by Anna Roth", "Posted on 19th May
#: 2026 by A", "Published Tue, Jul 19 2011 10:30 AM by A | 5 Comment(s)"); a line stamping
#: an edit ("Page last modified 31.05.2008 by A", "Updated …") names its editor, no author.
#: Kind read in en_p (three families) and bw.
BYLINE_AFTER_YEAR_BY = re.compile(
    r"^(?!.*\b(?:modified|edited|updated|changed|revised|reviewed)\b)"
    r".*?(?:\b\d{4}|\d{1,2}\.\d{1,2}\.\d{2})(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\b\.?)?)?"
    r"\s+(?P<lead>by)\s+(?P<name>[^|(/\n\d]{2,80}?)"
    r"(?=\s*(?:$|[|(/•·]|\s[-–]\s)|\s+(?:in(?:\s|$)|at\s+\d|on\s+\d|tags?:))",
    re.IGNORECASE,
)
#: A text node ending in such a lead, the name in a link of its own after it ("Published
#: Tue, Jul 19 2011 10:30 AM by" <a>Anna Roth</a>, Community Server's post footer): joined
#: to the next node like :data:`~.authors.BYLINE_PREFIX_ONLY`'s "Von".
DATE_BY_LEAD_ONLY = re.compile(r"(?:\b\d{4}|\d{1,2}:\d{2}(?:\s*[ap]\.?m\b\.?)?)\s+by\s*$", re.I)
#: An English byline opening a text node, "by" its lead ("By Ottilie Danbury", "by A" on a
#: line of its own under "Posted on April 12, 2016", "Posted by A on Tuesday, January 25,
#: 2005 @ 14:05:09 GMT (587 reads)", "Posted by A @ 9:40 PM", "By A and B · 8 July 2026"):
#: the name runs to a separator, a digit, or a date or a time after "on", "at" or "@" (the
#: German :data:`~.authors.BYLINE_TEXT` reads "Von A" and stops at "am", not "on"). Read by
#: :mod:`~newsarchive.extract.englishlead`; kind read in en_s (PostNuke, Greymatter, a
#: bank's news page), en_g and by (Hakyll), issue 11.
EN_BY_LEAD = re.compile(
    r"^[-–]?\s*(?P<lead>(?:posted\s+|written\s+)?by)\s+(?P<name>[^|(/\n\d•·@]{2,80}?)"
    r"(?=\s*(?:$|[|(/•·]|\s[-–]\s|@\s*\d)|\s+(?:\d|(?:on|at)\s+(?:\d|(?:mon|tue|wed|thu|fri|"
    r"sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|in\s|tags?:))",
    re.IGNORECASE,
)
