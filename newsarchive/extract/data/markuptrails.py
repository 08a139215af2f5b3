"""Data for the parts a byline element holds after its writers' names (read by
:mod:`~newsarchive.extract.markuptrails`)."""

from __future__ import annotations

import re

#: A byline part naming a team, a desk or a paper, never a person ("Team Sicherheit", "The
#: Ledger", "Das Serviceteam", "Social-Media-Team"): opening with an article or a team word,
#: or ending in one (a word or a hyphenated word's last part). After a person's full name in
#: one byline element ("Von A und B, Team Sicherheit", "By A<br>The Ledger") it is left out.
#: Kind read in bv and en_p (issue 11).
NOT_PERSON_PART = re.compile(
    r"(?:the|der|die|das|team|redaktion|ressort)\s.*|.*(?:\b|-)(?:team|redaktion)",
    re.IGNORECASE,
)
#: A profile card's follow button inside byline markup ("A · 34 Hubs · Follow", "A Folgen"):
#: after a full name it is no co-writer. Lower case, the whole part. Kind read in bt and ax.
FOLLOW_BUTTONS = frozenset({"follow", "folgen", "abonnieren", "subscribe", "+ follow"})
