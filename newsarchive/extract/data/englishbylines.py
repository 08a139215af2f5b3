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
