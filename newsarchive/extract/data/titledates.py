"""Data for a date stuck to a headline (read by :mod:`~newsarchive.extract.titledates`): a
weblog script's, a guestbook's or a homepage builder's entry title printed with its day
("Mein Büro zieht um (13.02.01)", "[12.05.1998] Neu: Unsere Agentur im Internet",
"16.03.04: Nachhilfe …", "Di, 27.06.06 · Fahrtkosten …"). Kind read in dates_bb, dates_bd,
dates_av, dates_aw and dates_be (issue 11, session 17)."""

from __future__ import annotations

import re

#: A numeric day: "13.02.01", "12.05.1998", "2007-03-06", after a short weekday ("Di,").
_DAY = r"(?:[A-Za-zÄÖÜäöü]{2,3}\.?,?\s+)?(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
#: ... opening the title, in brackets or before a colon or a separator, the headline after it.
TITLE_DATE_OPENING = re.compile(
    rf"^\s*(?:[\[(]\s*{_DAY}\s*[\])]\s*(?:[:·|–—-]\s+)?|{_DAY}\s*(?::|\s[·|–—-])\s+)"
)
#: ... closing the title, in brackets ("Headline (13.02.01)", "Headline [06.03.2007]").
TITLE_DATE_CLOSING = re.compile(rf"\s*[\[(]\s*{_DAY}\s*[\])]\s*$")
#: ... closing the title after a space, spelled out with its weekday and maybe its clock time
#: and zone: a status page's incident headline with its start ("Card payments unavailable
#: <small>Saturday 1st March 2025 13:20:00</small>", Cachet; "… Dienstag, 3. September 2024
#: 00:40 Uhr"; session 59, read on en_dh and en_di).
TITLE_DATE_TRAILING = re.compile(
    r"\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag),?\s+\d{1,2}(?:st|nd|rd|th|\.)?\s+[^\W\d_]{3,9}\.?\s+\d{4}"
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]m|uhr))?(?:\s+[A-Z]{2,5})?)?\s*$",
    re.IGNORECASE,
)
#: A headline's last word that makes the trailing day its own ("Warnstreik am Dienstag, 3.
#: September 2024", "Closed until Monday 2nd June 2025"): the day stays.
TITLE_DATE_PREPOSITIONS = frozenset(
    [
        "am",
        "an",
        "ab",
        "bis",
        "seit",
        "vom",
        "zum",
        "für",
        "ohne",
        "nach",
        "vor",
        "on",
        "from",
        "until",
        "till",
        "since",
        "by",
        "for",
        "before",
        "after",
    ]
)
#: The headline left must keep so many words (else the title was only a date and a word).
TITLE_DATE_REST_MIN_WORDS = 2
