"""Data for a date badge split into text nodes (issue 11, session 24)."""

from __future__ import annotations

import re

#: A node opening a date badge: the day alone, or the day and the month's name without the
#: year ("27", "27.", "27. Februar", "27 Feb"), the rest in the next nodes ("Feb" | "2023",
#: "2023"): a theme's calendar badge, each part in its own ``<span>``.
SPLIT_DATE_HEAD = re.compile(r"\d{1,2}\.?(?:\s*[^\W\d_]{3,10}\.?)?")
#: ... each part at most this many characters, and at most this many parts after the head.
SPLIT_DATE_PART_MAX = 12
SPLIT_DATE_PARTS = 2
