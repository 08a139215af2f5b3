"""A blog's or a board's post stamp as a line of the body: who posted it, with the date, the
time and the post's counters after it (read on de_full25's and de_full13's blogs, issue 11)."""

from __future__ import annotations

import re

from newsarchive.extract.data.dates import _MONTH_NAMES, _WEEKDAY

#: The label naming the poster: "Geschrieben von", "Gepostet von", "Verfasst von",
#: "Eingestellt von", "Eingetragen von" (de_full10's and de_full31's club pages), "Posted
#: by", "Blogbeitrag von", "Ein Beitrag von", "Von:" (a bare "von" is
#: :data:`~newsarchive.extract.data.dates.BYLINE_LINE`'s).
_POSTER_LABEL = (
    r"(?:(?:(?:geschrieben|gepostet|verfasst|eingestellt|eingetragen|posted|written)\s+(?:von|by)"
    r"|(?:ein(?:en?)?\s+)?(?:blog|gast)?beitrag\s+von)\s*:?|von\s*:)"
)
#: A poster: a capitalised name of up to four words or a login ("kontomaus", "lea_h"), several
#: joined by "und", "and", "&"; a role after a comma or in brackets may follow.
_POSTER = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
_POSTERS = rf"{_POSTER}(?:\s*(?:&|\s(?i:und|and))\s*{_POSTER})*"
_ROLE = r"(?:,\s*[^\W\d][^,.!?|·()]{1,80}|\s*\([^()!?]{2,60}\))?"
_DATE = (
    rf"{_WEEKDAY}(?:\d{{1,2}}\.\s*\d{{1,2}}\.\s*\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}\.?\s*(?:{_MONTH_NAMES})\.?\s*\d{{4}})"
)
#: The time after the date, after a comma, "um"/"at" or a dash ("am 05.12.2006 - 18:20").
_TIME = r"(?:\[?\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:uhr|utc|[ap]\.?m\.?))?\s*\]?)"
_WHEN = (
    rf"(?:\s+(?:am|on)\s+{_DATE}(?:\s*[,–-]?\s*(?:um|at)?\s*{_TIME})?"
    rf"|\s+(?:um|at)\s+{_TIME})?"
)
#: The post's meta items after a bar or a dot ("Kommentare (2)", "2 Kommentare", "Permalink",
#: "Trackbacks (0)", "Ansichten anzeigen (900)", its rubric), a counter in brackets
#: ("(319 Aufrufe)"): short items, no sentence.
_ITEMS = r"(?:\s*[|·•]\s*[^|·•.!?]{1,40}|\s*\(\d+\s+[^\W\d_]+\))*"
#: The post stamp line: label, posters, when, items. Dropped where a byline is (at the top
#: of the body, under its lead, or its last line). Lines up to :data:`POST_STAMP_MAX_CHARS`.
POST_STAMP_LINE = re.compile(rf"{_POSTER_LABEL}\s*{_POSTERS}{_ROLE}{_WHEN}{_ITEMS}", re.IGNORECASE)
POST_STAMP_MAX_CHARS = 200
