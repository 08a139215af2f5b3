"""Days a page shows that are not its publication: the day its text stamps as its update or
generation, the days its markup marks as the modification only, the days of the events it
announces (read by :func:`~newsarchive.extract.dates.find_dates`)."""

from __future__ import annotations

import json
from datetime import datetime

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.datetext import parse_date, parse_german_date
from newsarchive.extract.index import page_index, visible_text
from newsarchive.extract.metadata import strings, walk_jsonld
from newsarchive.extract.parsing import element_text


def update_stamp_days(tree: etree._Element, fetched_at: datetime | None) -> set[str]:
    """The days the page's text stamps as its update or generation
    (:data:`~.data.UPDATE_STAMP`: "Zuletzt aktualisiert: 30.06.2014", "Stand: 1.3.2024",
    "Archivseite generiert am 01.02.2011")."""
    text = visible_text(tree) or ""
    return {
        found[:10]
        for match in data.UPDATE_STAMP.finditer(text)
        if (found := parse_german_date(match.group("date"), fetched_at))
    }


def modified_markup_days(tree: etree._Element, fetched_at: datetime | None) -> set[str]:
    """The days of ``<time>`` elements marked as the modification only ("updated")."""
    days = set()
    for element in page_index(tree).tag("time")[: data.DATE_MARKUP_CANDIDATES]:
        names = " ".join(filter(None, (element.get(a) for a in ("class", "itemprop"))))
        if data.DATE_MARKUP_MODIFIED.search(names) and not data.DATE_MARKUP_PUBLISHED.search(names):
            found = parse_date(element.get("datetime") or element_text(element)[:120], fetched_at)
            if found:
                days.add(found[:10])
    return days


def event_days(tree: etree._Element, fetched_at: datetime | None) -> set[str]:
    """The days of events the page announces: ``startDate``/``endDate`` of its JSON-LD
    objects and microdata (the JSON-LD is parsed again only when it names one)."""
    index = page_index(tree)
    values = [
        element.get("content") or element.get("datetime") or element_text(element)[:120]
        for _, element, prop in index.itemprops
        if prop in data.EVENT_DATE_KEYS
    ]
    for script in index.tag("script"):
        if "ld+json" not in (script.get("type") or ""):
            continue
        text = script.text or ""
        if any(k in text for k in data.EVENT_DATE_KEYS):
            try:
                objects = list(walk_jsonld(json.loads(text)))
            except (ValueError, RecursionError):
                continue
            values += [v for o in objects for k in data.EVENT_DATE_KEYS for v in strings(o.get(k))]
    days = (parse_date(v, fetched_at) for v in values[: data.EVENT_DATES_MAX] if v)
    return {d[:10] for d in days if d}
