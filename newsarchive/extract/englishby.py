"""English bylines after a date or a clock time ("11 Nov 2025 by Anna Roth", "Published
Tue, Jul 19 2011 10:30 AM by" <a>Anna Roth</a>): :data:`~.data.BYLINE_AFTER_YEAR_BY` and
:data:`~.data.DATE_BY_LEAD_ONLY`, asked only of a text holding the word "by" (the byline
walk reads up to 200 text nodes a page). Kind read in en_p and bw (issue 11)."""

from __future__ import annotations

import re

from newsarchive.extract import data


def date_by_lead(text: str) -> bool:
    """True for a text node ending in a date or a time and "by", the name in the next node."""
    return text.rstrip()[-3:].lower() == " by" and bool(data.DATE_BY_LEAD_ONLY.search(text))


def byline_after_date_by(text: str) -> re.Match[str] | None:
    """The byline "by" leads after a date or a time ("11 Nov 2025 by Anna Roth"), if any."""
    return data.BYLINE_AFTER_YEAR_BY.search(text) if " by " in text.lower() else None
