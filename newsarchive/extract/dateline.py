"""The visible date line: the date a reader sees near the headline ("Veröffentlicht am
26.11.2026"), and the date line printed just above the article's part of the page (an
edition bar over ``<main>``); :mod:`.dates` weighs them against the metadata."""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_german_date
from newsarchive.extract.index import first_headline
from newsarchive.extract.nodes import page_nodes, part_nodes, skipped_part


def visible_date(
    tree: etree._Element,
    fetched_at: datetime | None = None,
    nodes: tuple[list[tuple[str, bool]], int] | None = None,
    events: set[str] | frozenset[str] = frozenset(),
) -> str | None:
    """The date line nearest the headline ("Veröffentlicht am 26.11.2026"), if any, not on
    an event's day (``events``)."""
    texts, mark = nodes if nodes is not None else page_nodes(tree)
    best: tuple[int, str] | None = None
    for i, (text, skip) in enumerate(texts):
        if skip:
            continue
        line = date_line(text)
        if line is None:
            continue
        distance = i - mark if i >= mark else (mark - i) * 3
        if distance > data.VISIBLE_DATE_MAX_DISTANCE or (best and distance >= best[0]):
            continue
        found = parse_german_date(line, fetched_at)
        if found and found[:10] not in events:
            best = (distance, found)
    return best[1] if best else None


def date_line(text: str) -> str | None:
    """The text of a date line (up to an update word: "Erstellt am 3.11.2026, aktualisiert
    am ..."), or None for a text that is no date line (a sentence naming a date)."""
    if not re.search(r"\d\.\d{2}|\d{4}", text[:200]):
        return None
    update = data.VISIBLE_DATE_UPDATE.search(text)
    if update:
        text = text[: update.start()]
    match = (
        data.DATE_LONG.search(text)
        or data.DATE_NUMERIC.search(text)
        or data.DATE_MONTH_FIRST.search(text)
        or data.DATE_NUMERIC_SHORT_YEAR.search(text)
        or data.DATE_ISO_TEXT.search(text)
    )
    if not match:
        return None
    rest = data.VISIBLE_DATE_FILLER.sub("", text[: match.start()] + text[match.end() :])
    # a dateline opens a paragraph: "27.1.2026 - Die ...", "Eisenach, 27.1.2026 – Die ..."
    dateline = data.DATELINE_DASH.match(text, match.end()) and (
        match.start() == 0 or data.DATELINE_PLACE.fullmatch(text, 0, match.start())
    )
    if len(rest) > data.VISIBLE_DATE_MAX_REST and not dateline:
        return None
    return text


def above_article_date(
    tree: etree._Element,
    fetched_at: datetime | None = None,
    events: set[str] | frozenset[str] = frozenset(),
) -> str | None:
    """A date line in the parts just before the ``<article>``/``<main>`` holding the headline
    (an edition bar, "Ausgabe 3/2024 · 05.03.2024"), nearest first: the page prints the day
    above the article rather than in it. The site's ``<header>`` (today's date in the
    masthead) and parts with other dates (navigation, sidebars, teasers) are not read."""
    headline = first_headline(tree)
    region = next(headline.iterancestors("article", "main"), None) if headline is not None else None
    if region is None:
        return None
    above: list[etree._Element] = []
    for element in (region, *region.iterancestors()):
        if element.tag in ("body", "html"):
            break
        above += element.itersiblings(preceding=True)
    for part in above[: data.DATE_ABOVE_ARTICLE_PARTS]:
        if not isinstance(part.tag, str) or part.tag in data.DATE_ABOVE_ARTICLE_SKIP_TAGS:
            continue
        if skipped_part(part):
            continue
        for text, skip in reversed(part_nodes(part)):
            line = None if skip else date_line(text)
            found = parse_german_date(line, fetched_at) if line else None
            if found and found[:10] not in events:
                return found
    return None
