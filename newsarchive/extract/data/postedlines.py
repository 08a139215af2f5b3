"""A post's date line with the verb of its posting or last change (issue 11,
:mod:`newsarchive.extract.postedlines`)."""

from __future__ import annotations

import re

#: The verb or label before the day: a post's ("Eingestellt am", "geschrieben am", "Verfasst
#: am:", "Posted on", "Written on") or a page's last change ("Letzte Änderung:", "Zuletzt
#: geändert am", "Last modified:"). :data:`~.poststamps.DATE_STAMP_LINE` reads the labels
#: a news CMS prints ("Stand:", "Veröffentlicht am"); these are the ones of old club pages,
#: blogs and home pages (read on de_full24, de_full46).
_POSTED_LABEL = (
    r"(?:geschrieben|eingestellt|verfasst|gepostet|eingetragen|online gestellt|written|posted"
    r"|letzte (?:änderung|aktualisierung)|zuletzt (?:geändert|aktualisiert|bearbeitet)"
    r"|last (?:modified|updated|changed)|geändert)"
)
#: The day: numeric with dots, dashes or slashes ("14.09.1999", "06-10-2009", "3/16/2005"),
#: the ISO way, or with the month's name ("17. April 2025", "April 17, 2025").
_POSTED_DAY = (
    r"(?:\d{1,2}([.\-/])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?\s+\d{4}|[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)
#: The time after the day ("19:40", "um 20:05 Uhr", "at 9:40 PM").
_POSTED_TIME = (
    r"(?:\s*[,|-]?\s*(?:um\s+|at\s+|@\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:uhr|[ap]\.?m\.?))?)?"
)
#: The post's category after the day ("in Verein", "unter Allgemein", "in News & Termine").
_POSTED_CATEGORY = r"(?:\s+(?:in|unter|under|filed under)\s+[^\W\d_][^.!?|:]{0,39})?"
#: The line: label, "am"/"on", an optional colon, the day, its time and category.
POSTED_LINE = re.compile(
    rf"{_POSTED_LABEL}(?:\s+(?:am|on))?\s*:?\s*(?:den\s+)?{_POSTED_DAY}{_POSTED_TIME}{_POSTED_CATEGORY}\.?",
    re.IGNORECASE,
)
#: A page's counter beside the stamp in a row split by bars ("Besucher: 021791 | Letzte
#: Änderung: 05.04.2007", "Hits: 812 | Last modified: …").
POSTED_COUNTER = re.compile(
    r"(?:besucher|zugriffe|aufrufe|seitenaufrufe|visitors|visits|hits|page views)\s*:?\s*[\d.,]+"
    r"|[\d.,]+\s+(?:besucher|zugriffe|aufrufe|visitors|hits)",
    re.IGNORECASE,
)
#: The longest line read.
POSTED_LINE_MAX_CHARS = 120
