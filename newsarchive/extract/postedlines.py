"""A post's date line with the verb of its posting or last change
(:data:`~newsarchive.extract.data.POSTED_LINE`: "Eingestellt am 14.09.1999", "geschrieben
am 06-10-2009, 19:40 in Verein", "Letzte Änderung: 05.04.2007"), alone or in a row of bars
beside a page's counter ("Besucher: 021791 | Letzte Änderung: 05.04.2007"):
:func:`~newsarchive.extract.body.clean_lines` drops it at the top or the end of the body."""

from __future__ import annotations

from newsarchive.extract import data


def is_posted_line(line: str) -> bool:
    """True for a posting or last-change date line, or a bar row of one and counters."""
    if len(line) > data.POSTED_LINE_MAX_CHARS or not any(c.isdigit() for c in line):
        return False
    parts = [part.strip() for part in line.split("|")]
    stamps = [part for part in parts if data.POSTED_LINE.fullmatch(part)]
    return bool(stamps) and all(
        part in stamps or data.POSTED_COUNTER.fullmatch(part) for part in parts
    )
