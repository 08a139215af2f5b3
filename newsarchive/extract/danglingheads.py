"""A list's heading left alone as the body's last line ("Ältere Neuigkeiten:", "Einträge
dazu im Gästebuch:"; :data:`~newsarchive.extract.data.DANGLING_HEADING`): the list it
announced is gone, so it leaves too."""

from __future__ import annotations

from newsarchive.extract import data


def without_dangling_heading(lines: list[str]) -> list[str]:
    """``lines`` without a short colon-ended label closing them (after two or more lines)."""
    if len(lines) < 2:
        return lines
    last = lines[-1].strip()
    if data.DANGLING_HEADING_MIN_WORDS <= len(
        last.split()
    ) <= data.DANGLING_HEADING_MAX_WORDS and data.DANGLING_HEADING.fullmatch(last):
        return lines[:-1]
    return lines
