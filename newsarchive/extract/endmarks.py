"""A press release's end mark ("###", "-30-";
:data:`~newsarchive.extract.data.RELEASE_END_MARK`) closing its text: the issuer's
boilerplate after it leaves."""

from __future__ import annotations

from newsarchive.extract import data


def without_release_end(lines: list[str]) -> list[str]:
    """``lines`` up to a release's end mark in their second half."""
    for i in range((len(lines) + 1) // 2, len(lines)):
        if len(lines[i]) <= 8 and data.RELEASE_END_MARK.fullmatch(lines[i]):
            return lines[:i]
    return lines
