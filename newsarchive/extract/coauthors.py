"""A co-author the post's own note names beside the byline's one writer ("Diesen Beitrag
habe ich gemeinsam mit Ole Brammer geschrieben."; issue 11, kind read in half AE)."""

from __future__ import annotations

from newsarchive.extract import data
from newsarchive.extract.text import fold


def with_coauthor(authors: list[str], lines: list[str]) -> list[str]:
    """The byline's one person and the co-author a note of its own in the post's first or
    last lines names (:data:`~.data.COAUTHOR_NOTE`); else the authors as they stand."""
    if len(authors) != 1 or " " not in authors[0]:
        return authors
    edge = data.COAUTHOR_NOTE_LINES
    for line in (*lines[:edge], *lines[-edge:]):
        match = data.COAUTHOR_NOTE.fullmatch(line.translate(data.INVISIBLE).strip())
        if match and fold(match.group("name")).lower() != authors[0].lower():
            return [authors[0], fold(match.group("name"))]
    return authors
