"""Data for a metadata title whose tail is the opening of the headline the page shows (read
by :mod:`~newsarchive.extract.tailheads`): "BerliOS Developer: News: Kontoleser 0.4
erschienen" over a project's ``<h1>`` and the news item's "<h2>Kontoleser 0.4 erschienen:
PIN/TAN für weitere Banken</h2>", "Forum - Karriere - Übernahme nach der Ausbildung" over a
thread's bold subject "Übernahme nach der Ausbildung – wie läuft das bei euch?" (the title
cut short after the site's and the section's names). Kind read in cb, au, ap and bz
(issue 11, session 19)."""

from __future__ import annotations

import re

#: Where a metadata title's tail may start: after a title separator (spaced: " - ", " | ",
#: " » ") or after a colon ("Site: Section: Headline").
TITLE_TAIL_CUT = re.compile(r"\s+(?:\||-|–|—|::|:|»|«|›|‹|•|⋆|·|~|/)\s+|:\s+")
#: A tail has at least so many words (a one-word tail is a section's name) ...
TITLE_TAIL_MIN_WORDS = 2
#: ... and is read in at most so many metadata titles' tails (longest first).
TITLE_TAIL_MAX = 4
