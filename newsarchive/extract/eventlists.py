"""A list of coming events closing the body: a heading such as "Termine" or "Die nächsten
Termine" (:data:`~newsarchive.extract.data.EVENTS_HEADING`) in the body's second half, with
only a few short lines after it (the events, the page's address) or none (the list's items
gone as dated teasers, :mod:`~newsarchive.extract.datedteasers`). The heading and what
follows leave."""

from __future__ import annotations

from newsarchive.extract import data


def _is_short(line: str) -> bool:
    """A line of the list or the page's chrome: short, no sentence at its end."""
    return len(line) <= data.TEASER_TRAILER_MAX_CHARS and not line.rstrip().endswith(
        (".", "!", "?")
    )


def without_closing_events(lines: list[str]) -> list[str]:
    """``lines`` without a closing events heading and the short lines after it."""
    first = max(len(lines) - data.EVENTS_MAX_AFTER - 1, (len(lines) + 1) // 2, 1)
    for i in range(first, len(lines)):
        if data.EVENTS_HEADING.fullmatch(lines[i].strip()) and all(
            _is_short(line) for line in lines[i + 1 :]
        ):
            return lines[:i]
    return lines
