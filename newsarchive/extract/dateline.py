"""The visible date line: the date nearest the headline ("Veröffentlicht am 26.11.2026"),
the update line beside it, and dates labelled as the reader's day, which are neither
(:mod:`newsarchive.extract.dates` weighs them against the metadata)."""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_german_date
from newsarchive.extract.nodes import page_nodes


def visible_date(
    tree: etree._Element,
    fetched_at: datetime | None = None,
    nodes: tuple[list[tuple[str, bool]], int] | None = None,
    events: set[str] | frozenset[str] = frozenset(),
) -> str | None:
    """The date line nearest the headline ("Veröffentlicht am 26.11.2026"), if any, not on
    an event's day (``events``)."""
    return date_lines(tree, fetched_at, nodes, events)[0]


def date_lines(
    tree: etree._Element,
    fetched_at: datetime | None = None,
    nodes: tuple[list[tuple[str, bool]], int] | None = None,
    events: set[str] | frozenset[str] = frozenset(),
) -> tuple[str | None, str | None]:
    """The date line nearest the headline (:func:`visible_date`) and the update line nearest
    it ("Aktualisiert am 15.05.2025" with no publication before the word), in one walk."""
    texts, mark = nodes if nodes is not None else page_nodes(tree)
    best: tuple[int, str] | None = None
    updated: tuple[int, str] | None = None
    for i, (text, skip) in enumerate(texts):
        if skip or not re.search(r"\d\.\d{2}|\d{4}", text[:200]):
            continue
        update = data.VISIBLE_DATE_UPDATE.search(text)
        if update:  # "Erstellt am 3.11.2026, aktualisiert am ...": the part before it
            shown = _update_line(text, update.start(), fetched_at)
            if shown and shown[:10] not in events:
                distance = i - mark if i >= mark else (mark - i) * 3
                if distance <= data.VISIBLE_DATE_MAX_DISTANCE and not (
                    updated and distance >= updated[0]
                ):
                    updated = (distance, shown)
            text = text[: update.start()]
        match = (
            data.DATE_LONG.search(text)
            or data.DATE_NUMERIC.search(text)
            or data.DATE_MONTH_FIRST.search(text)
            or data.DATE_NUMERIC_SHORT_YEAR.search(text)
        )
        if not match or today(text, match.start()):
            continue
        rest = data.VISIBLE_DATE_FILLER.sub("", text[: match.start()] + text[match.end() :])
        # a dateline opens a paragraph: "27.1.2026 - Die ...", "Eisenach, 27.1.2026 – Die ..."
        dateline = data.DATELINE_DASH.match(text, match.end()) and (
            match.start() == 0 or data.DATELINE_PLACE.fullmatch(text, 0, match.start())
        )
        if len(rest) > data.VISIBLE_DATE_MAX_REST and not dateline:
            continue
        distance = i - mark if i >= mark else (mark - i) * 3
        if distance > data.VISIBLE_DATE_MAX_DISTANCE or (best and distance >= best[0]):
            continue
        found = parse_german_date(text, fetched_at)
        if found and found[:10] not in events:
            best = (distance, found)
    return (best[1] if best else None), (updated[1] if updated else None)


def _update_line(text: str, start: int, fetched_at: datetime | None) -> str | None:
    """The day of an update line ("Aktualisiert am 15.05.2025, 10:12 Uhr"): a date right
    after the word, in a line that is no sentence."""
    if len(text) > data.UPDATE_LINE_MAX_CHARS or re.search(r"\d\.\d{2}|\d{4}", text[:start]):
        return None
    return parse_german_date(text[start:], fetched_at)


def today(text: str, end: int | None = None) -> bool:
    """True when the date at ``end`` (or the first date of ``text``) is labelled as the
    reader's day, "Heute: 04.07.2022" (:data:`~newsarchive.extract.data.DATE_TODAY`)."""
    if end is None:
        match = data.DATE_LONG.search(text) or data.DATE_NUMERIC.search(text)
        if not match:
            return False
        end = match.start()
    label = data.DATE_TODAY.search(text, max(0, end - 40), end)
    while label and label.end() != end:
        label = data.DATE_TODAY.search(text, label.end(), end)
    return label is not None
