"""A closing table of other posts (round rb29)."""

from __future__ import annotations

import re

#: A row of a table of other posts as the body gives it: a title cell, maybe a writer's
#: cell, and a date alone in the last cell ("| Phishing-Mails im Namen der Sparkasse | Ines
#: Gronbach | 29.10.2002 |", "| Festgeld oder Tagesgeld? | 18.11.2002 |"). In the body's
#: second half, a run of :data:`POSTS_TABLE_MIN_ROWS` such rows closes the text, with the
#: table's header row ("| Titel | Autor | Datum |") and rule above it
#: (:data:`POSTS_TABLE_HEAD`). Read on cb's miss lines (a blog's closing table of posts).
POSTS_TABLE_ROW = re.compile(
    r"\|\s*[^|\d][^|]{2,120}\|(?:[^|]{1,60}\|)?\s*"
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\s*\|"
)
POSTS_TABLE_MIN_ROWS = 2
#: A table's header row of short cells (one to three words, no digit) or its rule.
POSTS_TABLE_HEAD = re.compile(r"\|(?:\s*[^\W\d][^|\d]{0,30}\s*\|){2,4}|\|(?:\s*:?-{3,}:?\s*\|)+")
