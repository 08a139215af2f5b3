"""A date badge split into text nodes ("27" | "Feb" | "2023", "27. Februar" | "2023"): read
whole by :func:`~newsarchive.extract.dateline.date_line` where its first node stands."""

from __future__ import annotations

from newsarchive.extract import data


def joined_date(texts: list[tuple[str, bool]], i: int) -> str | None:
    """The date that text node ``i`` (the day, or the day and the month:
    :data:`~newsarchive.extract.data.SPLIT_DATE_HEAD`) opens with the next one or two short
    nodes, all of them a long-form date (:data:`~newsarchive.extract.data.DATE_LONG`), or
    None."""
    head = texts[i][0]
    if len(head) > data.SPLIT_DATE_PART_MAX or not data.SPLIT_DATE_HEAD.fullmatch(head):
        return None
    joined = head
    for j in range(i + 1, min(len(texts), i + 1 + data.SPLIT_DATE_PARTS)):
        part = texts[j][0]
        if len(part) > data.SPLIT_DATE_PART_MAX or texts[j][1] != texts[i][1]:
            return None
        joined = f"{joined} {part}"
        if data.DATE_LONG.fullmatch(joined):
            return joined
    return None
