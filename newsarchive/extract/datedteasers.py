"""A list of other posts closing the body: at least
:data:`~newsarchive.extract.data.TEASER_MIN_ITEMS` lines in a row in the body's second half,
each a day and a short title ("Mehr Kredite für Handwerksbetriebe (12.10.2003)", "-
02.10.2001: Kartenzahlung auf dem Wochenmarkt"), with only short lines after them (the
page's address, its links). The list, its heading and what follows leave."""

from __future__ import annotations

from newsarchive.extract import data


def _ends_sentence(line: str) -> bool:
    return line.rstrip(" |)").endswith((".", "!", "?", ":")) and not line.rstrip().endswith("…")


def teaser_side(line: str) -> str | None:
    """For a line of a day and a short title (no sentence), the side the day stands on
    ("start" or "end"); else None."""
    if len(line) > data.TEASER_MAX_CHARS or not any(c.isdigit() for c in line):
        return None
    for pattern in data.DAY_FORMS:
        match = pattern.search(line)
        if match:
            break
    else:
        return None
    before = data.TEASER_MARKS.sub(" ", line[: match.start()]).strip()
    after = data.TEASER_MARKS.sub(" ", line[match.end() :]).strip()
    if before and after:
        return None
    title = before or after
    words = title.split()
    if not data.TEASER_MIN_WORDS <= len(words) <= data.TEASER_MAX_WORDS:
        return None
    if data.SENTENCE_INSIDE.search(title) or title.endswith("."):
        return None
    return "end" if before else "start"


def _is_short(line: str, limit: int) -> bool:
    return len(line) <= limit and not _ends_sentence(line)


def without_dated_teasers(lines: list[str]) -> list[str]:
    """``lines`` without a closing list of other posts (its heading and what follows)."""
    end = len(lines)
    while end and (lines[end - 1].endswith(".") or len(lines[end - 1]) > data.TEASER_MAX_CHARS):
        if not _is_short(lines[end - 1], data.TEASER_TRAILER_MAX_CHARS):
            return lines  # (a sentence closes most bodies: they leave here)
        end -= 1
    while end and teaser_side(lines[end - 1]) is None:
        if not _is_short(lines[end - 1], data.TEASER_TRAILER_MAX_CHARS):
            return lines
        end -= 1  # the page's short lines after the list
    if not end:
        return lines
    side = teaser_side(lines[end - 1])
    start = end
    while start and teaser_side(lines[start - 1]) == side:
        start -= 1
    if end - start < data.TEASER_MIN_ITEMS or start < len(lines) / 2:
        return lines
    heading = lines[start - 1] if start else ""
    if len(heading) <= data.TEASER_HEADING_MAX_CHARS and data.TEASER_HEADING.search(heading):
        start -= 1  # "Ältere Meldungen"
    return lines[:start]
