"""Data for a US slashed date with a two-digit year and a 12-hour clock (issue 11, session 24)."""

from __future__ import annotations

import re

#: "03/21/07 10:13:00 pm" (b2evolution's post head), "3/21/07 10:13 PM", "3/21/07 @ 9:05 am"
#: (blog and board defaults): month first, as the 12-hour clock after it says, the year of this
#: century (or the last, where this one would be after the fetch). Groups: month, day, year,
#: hour, minute, "a" or "p".
DATE_US_SHORT_YEAR = re.compile(
    r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])\s*[,@]?\s*(\d{1,2}):(\d{2})(?::\d{2})?"
    r"\s*([ap])\.?\s?m\b\.?",
    re.IGNORECASE,
)

#: English ``<html lang>`` values whose slashed dates put the month first (the US and its
#: territories); every other English locale reads them day first, but Canada's
#: (:data:`MIXED_ORDER_LANGS`: both orders are common) tells nothing
#: (:func:`newsarchive.extract.slashorder.lang_order`).
MONTH_FIRST_LANGS = frozenset({"en-us", "en-um", "en-pr", "en-gu", "en-as", "en-vi"})
MIXED_ORDER_LANGS = frozenset({"en-ca"})
