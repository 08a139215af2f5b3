"""Data for C's ``ctime`` date form in text and metadata (issue 11, session 28)."""

from __future__ import annotations

import re

#: "Tue Oct 19 21:04:11 CEST 1999": C's ``ctime`` and the Unix ``date`` form (C locale), month
#: first with the year after the time and its zone word; mailing list archives (Pipermail,
#: Hypermail, MHonArc) print a message's day so, and Java's ``Date.toString()`` in the
#: metadata of Java-built sites ("datePublished": "Thu Apr 16 08:12:45 CEST 2026"). Groups:
#: month, day, hour, minute, second (optional), zone word (optional), year; the time is in
#: that zone where :data:`CTIME_ZONES` knows it.
DATE_CTIME = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{1,2})\s+(\d{1,2}):(\d{2})"
    r"(?::(\d{2}))?\s+(?:([A-Z]{1,5})\s+)?((?:19|20)\d{2})\b"
)
#: The offsets of the zone words a ``ctime`` date carries most (the mail servers of German,
#: British and US lists); German zone words and unknown ones leave the time German local time.
CTIME_ZONES = {
    "GMT": "+00:00", "UTC": "+00:00", "BST": "+01:00",
    "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00",
    "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
}  # fmt: skip
#: The tail every ``ctime`` date has, the time followed by the year: searched first, as it
#: is found at a digit where :data:`DATE_CTIME` tries every word (a third of the time).
CTIME_TAIL = re.compile(r"\d:\d\d(?::\d\d)?\s+(?:[A-Z]{1,5}\s+)?(?:19|20)\d\d\b")
