"""Whether a name is a team's or an office's account, read from its last word."""

from __future__ import annotations

import re

from newsarchive.extract import data
from newsarchive.extract.text import fold


def is_team(name: str) -> bool:
    """Whether ``name`` is a team's or an office's account ("Karriereblog-Team",
    "Social-Media-Team", "Pressestelle", "Pfarrbüro": :data:`~.data.TEAM_WORD_ENDING` ends
    its last word)."""
    return re.split(r"[\s-]+", fold(name).lower())[-1].endswith(data.TEAM_WORD_ENDING)
