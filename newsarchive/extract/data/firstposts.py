"""Data for :mod:`newsarchive.extract.firstpost` (a thread's first post's day, issue 11, rd37)."""

from __future__ import annotations

import re

#: A post's header: a date with a clock time and at most a post number ("29.10.2012, 22:48
#: #1", "11-23-2009, 09:12 AM"); longer texts are no post header.
FIRST_POST_HEADER_MAX = 40
#: The clock time every post header shows ("22:48", "9:40 PM").
FIRST_POST_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
#: A post number beside the header's date ("#1", "#12").
FIRST_POST_NUMBER = re.compile(r"#\d+")
