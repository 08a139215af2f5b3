"""A post signed at its end with a possessive before its writer or group ("Ihr
Finanzberater", "cu, euer Jonas Bredehorn", "Bleiben Sie in Bewegung, Ihre Marlene
Grotjahn") or a greeting before a name and role ("Mit freundlichen Grüßen, Egon Rademacher,
Obermeister"; :data:`~newsarchive.extract.data.POSSESSIVE_SIGNATURE`): the line leaves the
body with the short lines after it, as a dash's signature does
(:mod:`~newsarchive.extract.dashsign`); the authors are read on the lines before."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.text import drop_invisible


def is_possessive_signature(line: str) -> bool:
    """Whether ``line`` is a possessive's or a greeting's signature line."""
    if len(line.split()) > data.POSSESSIVE_SIGNATURE_MAX_WORDS:
        return False
    return data.POSSESSIVE_SIGNATURE.fullmatch(line) is not None


def without_possessive_signature(lines: list[str]) -> list[str]:
    """``lines`` without a possessive's signature in the last
    :data:`~.data.CLOSING_SIGNATURE_LINES` lines (not the first), after a line ending a
    sentence, only short lines after it (under :data:`~.data.CLOSING_SIGNATURE_AFTER_WORDS`
    words); those leave with it."""
    start = max(1, len(lines) - data.CLOSING_SIGNATURE_LINES)
    for at in range(len(lines) - 1, start - 1, -1):
        if len(lines[at].split()) >= data.CLOSING_SIGNATURE_AFTER_WORDS:
            break
        line = drop_invisible(lines[at]).strip()
        if is_possessive_signature(line) and data.LAST_SENTENCE.fullmatch(lines[at - 1].strip()):
            return lines[:at]
    return lines
