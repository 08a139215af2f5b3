"""A post's meta lines in the body: a reading-time line ("17. August 2021 · 4 Min.
Lesezeit") and the footer counting the comments ("Autor: X am … | Kommentare (2) |
Permalink"); :func:`~newsarchive.extract.body.clean_lines` drops them."""

from __future__ import annotations

from newsarchive.extract import data


def _parts(line: str) -> list[str]:
    return [part for part in data.META_SEPARATOR.split(line.strip(" ·|•")) if part]


def is_reading_time_line(line: str) -> bool:
    """True for a line of a reading time and short parts beside it (a day, a name)."""
    if len(line) > data.READING_TIME_MAX_CHARS or not data.READING_TIME.search(line):
        return False
    parts = _parts(line)
    return any(data.READING_TIME.fullmatch(part) for part in parts) and all(
        len(part.split()) <= data.READING_TIME_PART_MAX_WORDS for part in parts
    )


def is_post_footer(line: str) -> bool:
    """True for a footer line whose parts (at least two) count comments or link the post."""
    if len(line) > data.POST_FOOTER_LINE_MAX_CHARS or "|" not in line:
        return False
    parts = _parts(line)
    if len(parts) < 2 or any(data.SENTENCE_INSIDE.search(part) for part in parts):
        return False  # (a sentence of the text run into the footer keeps the line)
    return any(data.POST_FOOTER_PART.fullmatch(part) for part in parts)
