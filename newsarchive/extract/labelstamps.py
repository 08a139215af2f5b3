"""A date stamp under a short label above the text ("vhs-Newsletter · 12. März 2019", "News
vom 07.11.2006", "Presseerklärung Nr. 41/1999 vom 14.09.1999"): it is not text
(:data:`~newsarchive.extract.data.LABEL_STAMP_LINE`; round rb28)."""

from __future__ import annotations

from newsarchive.extract import data


def is_label_stamp(line: str) -> bool:
    """Whether ``line`` is a short label and a date alone
    (:data:`~newsarchive.extract.data.LABEL_STAMP_LINE`)."""
    return len(line) <= data.POSTED_LINE_MAX_CHARS and bool(data.LABEL_STAMP_LINE.fullmatch(line))
