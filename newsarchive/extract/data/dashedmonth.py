"""Data for a dashed day with the month's name and a two-digit year (issue 11, session 24)."""

from __future__ import annotations

import re

from newsarchive.extract.data.dates import MONTHS

_NAMES = "|".join(sorted((m for m in MONTHS if m.isalpha()), key=len, reverse=True))
#: "21-Jun-05", "03-Mär-07 14:32", "9-Oct-98" (old server-side scripts' and mail archives'
#: default form, day first, the month's name between dashes): the year of this century, or
#: of the last where this one would be after the fetch. Groups: day, month, year, hour,
#: minute. Not inside a longer dashed token ("ab-21-Jun-05-x": no letter or digit around).
DATE_DASHED_MONTH_SHORT_YEAR = re.compile(
    rf"(?<![\w-])(\d{{1,2}})-({_NAMES})\.?-(\d{{2}})(?![\w-])(?:,?\s+(\d{{1,2}}):(\d{{2}}))?",
    re.IGNORECASE,
)
#: The same with spaces where the month's short name takes its dot and a time follows after a
#: comma ("12 Mär. 09, 14:05", "3. Okt. 08, 09:12": a dictionary forum's post stamp; session
#: 44, read on dates_bs). Groups as above.
DATE_SPACED_MONTH_SHORT_YEAR = re.compile(
    rf"(?<![\w.-])(\d{{1,2}})\.?\s+({_NAMES})\.\s+(\d{{2}}),\s+(\d{{1,2}}):(\d{{2}})(?!\d)",
    re.IGNORECASE,
)
#: ... and after an English weekday with a time and no comma ("Mon 14 May 01 21:10": a
#: conferencing system's response header, Picospan's; session 44, read on en_ah).
DATE_WEEKDAY_MONTH_SHORT_YEAR = re.compile(
    rf"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(\d{{1,2}})\s+({_NAMES})\s+(\d{{2}})\s+(\d{{1,2}}):(\d{{2}})(?!\d)",
    re.IGNORECASE,
)
