"""A line's later date under the publication's label (issue 11, rd39).

"Versammlung vom 26.05.2025 · veröffentlicht 27.05.2025": the line's first day is the
event's, the one after the publication's label (:data:`~.data.VISIBLE_DATE_PUBLISHED_AFTER`)
the page's; the date line reads the line from that label on (the label kept, for its rank)."""

from __future__ import annotations

import re

from newsarchive.extract import data

_DIGITS = re.compile(r"\d")
#: What may stand between the label and its date: "am", "on", a colon.
_LABEL_GAP = re.compile(r"\s*(?:am|on)?\s*:?\s*")


def later_published(text: str) -> str | None:
    """``text`` from a publication label on (the label kept), where a digit stands before the
    label and a date right after it ("… vom 26.05.2025 · veröffentlicht 27.05.2025"); else None."""
    label = data.VISIBLE_DATE_PUBLISHED_AFTER.search(text)
    if label is None or not _DIGITS.search(text, 0, label.start()):
        return None
    start = _LABEL_GAP.match(text, label.end())
    after = text[start.end() if start else label.end() :]
    if data.DATE_NUMERIC.match(after) or data.DATE_LONG.match(after):
        return text[label.start() :]  # (the label kept: it ranks the line)
    return None
