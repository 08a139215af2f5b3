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
#: An English byline with a craft label before "by" or the writer's role after the name,
#: which :data:`EN_BY_LEAD` does not read (its names would take the role in): "Contributed
#: by: A on Tuesday, February 12 2008 @ 8:30 AM GMT" (Geeklog), "— Submitted by A, Security
#: Officer" (a member newsletter), "Given by A, Assistant Governor, Consumer Protection" (a
#: speech), "Story by A", "Guest entry by A, mortgage adviser", "By A, Head of Customer
#: Care", "May 11, 2004 - by A" (a firm's news page). The node is the byline and nothing
#: else: names capitalised, joined by "and" or "&"; after them at most two comma parts, the
#: first a role (:data:`EN_ROLE_WORDS`), then a date or counters after "on", "@", a bar or a
#: dash. Read by :mod:`~newsarchive.extract.enlabelby`; kind read in en_c, en_f, en_k, en_l,
#: en_m, en_o and en_t (issue 11, ra35).
_LABEL_BY_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
EN_LABEL_BY = re.compile(
    r"^(?:[-–—]\s*)?"
    r"(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})\s*[-–—|·]\s*)?"
    r"(?P<lead>(?:(?:posted|written|contributed|submitted|given|story|words|reported|compiled"
    r"|authored|presented)\s+|(?:a\s+)?guest\s+(?:post|entry|column|blog|article)\s+)?by)"
    r"\s*:?\s+"
    rf"(?P<name>(?-i:{_LABEL_BY_NAME}(?:\s*(?:&|\band\b)\s*{_LABEL_BY_NAME})*))"
    r"(?:\s*,\s*(?P<role>[^,|·•@\d]{2,60}?)(?:\s*,\s*[^,|·•@\d]{2,60}?)?)?"
    r"(?:\s*(?:[|·•@]|\s(?:on|at)\s|\s[-–—]\s).*)?$",
    re.IGNORECASE,
)
#: Words of a writer's role after the name in :data:`EN_LABEL_BY` (lower case, any word of
#: the first comma part): "Security Officer", "Head of Customer Care", "mortgage adviser".
EN_ROLE_WORDS = frozenset(
    {"officer", "governor", "president", "director", "manager", "head", "editor", "adviser",
     "advisor", "analyst", "secretary", "chair", "chairman", "chairwoman", "treasurer",
     "correspondent", "reporter", "columnist", "economist", "founder", "partner", "member",
     "coordinator", "specialist", "consultant", "chief", "ceo", "cfo", "cto", "coo", "writer",
     "planner", "lead", "counsel", "researcher", "professor", "owner", "volunteer",
     "contributor", "staff"}
)  # fmt: skip
#: Two writers each with a role: "By A, Senior Editor, and B, Contributor" (the comma before
#: "and" optional). Read by :mod:`~newsarchive.extract.enlabelby` where both roles are
#: roles; kind read in en_bl and en_bm (session 50: 2 pages, 2 sets, both crediting both).
EN_ROLED_PAIR = re.compile(
    r"^by\s*:?\s+"
    rf"(?P<first>(?-i:{_LABEL_BY_NAME}))\s*,\s*(?P<role>[^,|·•@\d]{{2,60}}?)\s*,?\s+(?:and|&)\s+"
    rf"(?P<second>(?-i:{_LABEL_BY_NAME}))(?:\s*,\s*(?P<other>[^,|·•@\d]{{2,60}}?))?\s*$",
    re.IGNORECASE,
)
#: The text between two linked names that holds the first one's role ("<a>A</a>, Senior
#: Editor, and <a>B</a>", "<a>A</a>, Redakteurin, und <a>B</a>"): read as the joiner alone
#: where the part is a role (:func:`~newsarchive.extract.enlabelby.roled_joiner`; session 50).
ROLED_JOINER = re.compile(
    r",\s*(?P<role>[^,|·•@\d]{2,60}?)\s*,?\s+(?P<joiner>und|and|&)", re.IGNORECASE
)
