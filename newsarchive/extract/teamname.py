"""Whether a name is a team's or an office's account, read from its last word."""

from __future__ import annotations

import re

from newsarchive.extract import data
from newsarchive.extract.text import fold


def is_team(name: str) -> bool:
    """Whether ``name`` is a team's or an office's account ("Karriereblog-Team",
    "Social-Media-Team", "Pressestelle", "Pfarrbüro": :data:`~.data.TEAM_WORD_ENDING` ends
    its last word; "Team Schalterstunde": the word opening it)."""
    words = re.split(r"[\s-]+", fold(name).lower())
    # (or "Team" before the team's name: Ghost's and WordPress's "Team Schalterstunde")
    return words[-1].endswith(data.TEAM_WORD_ENDING) or (len(words) > 1 and words[0] == "team")
