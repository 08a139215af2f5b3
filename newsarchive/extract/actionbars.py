"""A social post's action bar under its text ("Like · Comment", "Geteilt 18 · Favorisiert
40", "29. Nov. 2022, 18:02 · Öffentlich"; :data:`~newsarchive.extract.data.ACTION_BAR_LINE`):
it closes the post, and what follows it (readers' replies) is no part of the text."""

from __future__ import annotations

from newsarchive.extract import data


def without_action_bar(lines: list[str]) -> list[str]:
    """``lines`` up to a post's action bar in their second half."""
    for i in range((len(lines) + 1) // 2, len(lines)):
        line = lines[i].strip()
        if len(line) <= data.ACTION_BAR_MAX_CHARS and data.ACTION_BAR_LINE.fullmatch(line):
            return lines[:i]
    return lines
