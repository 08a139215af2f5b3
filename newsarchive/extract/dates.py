"""Dates: published and modified from JSON-LD, meta tags, date markup, the address, the
visible date line and htmldate; German date forms."""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from lxml import etree

from newsarchive.extract import data
from newsarchive.extract.metadata import Metadata, strings
from newsarchive.extract.nodes import page_nodes
from newsarchive.extract.parsing import element_text
from newsarchive.extract.text import fold

logger = logging.getLogger(__name__)


_TZ = ZoneInfo(data.DEFAULT_TZ)


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_TZ)
    return moment.isoformat()


def parse_date(value: str | None, fetched_at: datetime | None = None) -> str | None:
    """An ISO 8601 string from a metadata or German text date; date-only stays ``YYYY-MM-DD``."""
    text = fold(value)
    if not text:
        return None
    iso = re.match(
        r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*"
        r"(Z|[+-]\d{2}:?\d{2})?)?",
        text,
    )
    if iso:
        year, month, day, hour, minute, second, zone = iso.groups()
        try:
            if hour is None:
                return date(int(year), int(month), int(day)).isoformat()
            moment = datetime(
                int(year), int(month), int(day), int(hour), int(minute), int(second or 0)
            )
        except ValueError:
            return None
        if zone:
            zone = "+00:00" if zone == "Z" else zone
            if ":" not in zone:
                zone = zone[:3] + ":" + zone[3:]
            try:
                return datetime.fromisoformat(moment.isoformat() + zone).isoformat()
            except ValueError:
                return _iso(moment)
        return _iso(moment)
    return parse_german_date(text, fetched_at)


def parse_german_date(text: str, fetched_at: datetime | None = None) -> str | None:
    """German dates in text: "26. November 2026, 14:05 Uhr", "26.11.2026", "vor 3 Stunden"."""
    for pattern, month_is_name in ((data.DATE_LONG, True), (data.DATE_NUMERIC, False)):
        match = pattern.search(text)
        if not match:
            continue
        day, month, year, hour, minute = match.groups()
        month_no = data.MONTHS.get(month.lower().rstrip(".")) if month_is_name else int(month)
        if not month_no:
            continue
        try:
            if hour is None:
                return date(int(year), month_no, int(day)).isoformat()
            return _iso(datetime(int(year), month_no, int(day), int(hour), int(minute)))
        except ValueError:
            continue
    match = data.DATE_SLASHED.search(text)
    if match:
        first, second, year, hour, minute = match.groups()
        month, day = (int(first), int(second)) if int(first) <= 12 else (int(second), int(first))
        try:
            if hour is None:
                return date(int(year), month, day).isoformat()
            return _iso(datetime(int(year), month, day, int(hour), int(minute)))
        except ValueError:
            pass
    now = fetched_at or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    now = now.astimezone(_TZ)
    match = data.DATE_RELATIVE.search(text)
    if match:
        count_word, unit = match.groups()
        count = int(count_word) if count_word.isdigit() else data.NUMBER_WORDS[count_word.lower()]
        unit = unit.lower()
        if unit.startswith("sek"):
            delta = timedelta(seconds=count)
        elif unit.startswith("min"):
            delta = timedelta(minutes=count)
        elif unit.startswith(("stunde", "std")):
            delta = timedelta(hours=count)
        elif unit.startswith("tag"):
            delta = timedelta(days=count)
        else:
            delta = timedelta(weeks=count)
        return (now - delta).replace(microsecond=0).isoformat()
    match = data.DATE_DAYWORD.search(text)
    if match:
        word, hour, minute = match.groups()
        back = {"heute": 0, "gestern": 1, "vorgestern": 2}[word.lower()]
        day = now - timedelta(days=back)
        if hour is None:
            return day.date().isoformat()
        return day.replace(hour=int(hour), minute=int(minute), second=0, microsecond=0).isoformat()
    return None


def find_dates(
    tree: etree._Element,
    meta: Metadata,
    url: str,
    fetched_at: datetime | None,
    nodes: tuple[list[tuple[str, bool]], int] | None = None,
) -> tuple[str | None, str | None]:
    """Published and modified: JSON-LD, meta tags, ``<time>``/date markup, the address,
    htmldate; the visible date line replaces a metadata date close to it."""
    published = None
    for value in (
        *strings(meta.jsonld.get("datePublished")),
        *strings(meta.jsonld.get("dateCreated")),
        *meta.all(data.META_PUBLISHED),
    ):
        published = parse_date(value, fetched_at)
        if published:
            break
    if not published:
        published = _markup_date(tree, fetched_at)
    if not published:
        published = url_date(url) or _htmldate(tree, url)
    modified = None
    for value in (*strings(meta.jsonld.get("dateModified")), *meta.all(data.META_MODIFIED)):
        modified = parse_date(value, fetched_at)
        if modified:
            break
    visible = visible_date(tree, fetched_at, nodes)
    if visible and (
        not published
        or _days_apart(visible, published) is not None
        or (modified and modified[:10] == visible[:10])
    ):
        published = visible if not published or visible[:10] != published[:10] else published
    return published, modified


def _days_apart(a: str, b: str) -> int | None:
    """Days between two ISO dates, or None when more than the visible-date drift apart."""
    try:
        days = abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None
    return days if days <= data.VISIBLE_DATE_MAX_DRIFT_DAYS else None


def url_date(url: str) -> str | None:
    """A day in the page address: "/2026/11/26/", "/26-11-2026"."""
    path = urlsplit(url).path
    match = data.URL_DATE_YMD.search(path)
    if match:
        year, month, day = match.groups()
    else:
        match = data.URL_DATE_DMY.search(path)
        if not match:
            return None
        day, month, year = match.groups()
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def visible_date(
    tree: etree._Element,
    fetched_at: datetime | None = None,
    nodes: tuple[list[tuple[str, bool]], int] | None = None,
) -> str | None:
    """The date line nearest the headline ("Veröffentlicht am 26.11.2026"), if any."""
    texts, mark = nodes if nodes is not None else page_nodes(tree)
    best: tuple[int, str] | None = None
    for i, (text, skip) in enumerate(texts):
        if skip or not re.search(r"\d{4}", text[:200]):
            continue
        match = data.DATE_LONG.search(text) or data.DATE_NUMERIC.search(text)
        if not match or data.VISIBLE_DATE_UPDATE.search(text):
            continue
        rest = data.VISIBLE_DATE_FILLER.sub("", text[: match.start()] + text[match.end() :])
        dateline = match.start() == 0 and data.DATELINE_DASH.match(text, match.end())
        if len(rest) > data.VISIBLE_DATE_MAX_REST and not dateline:
            continue
        distance = i - mark if i >= mark else (mark - i) * 3
        if distance > data.VISIBLE_DATE_MAX_DISTANCE or (best and distance >= best[0]):
            continue
        found = parse_german_date(text, fetched_at)
        if found:
            best = (distance, found)
    return best[1] if best else None


def _markup_date(tree: etree._Element, fetched_at: datetime | None) -> str | None:
    for xpath in data.DATE_XPATHS:
        for element in tree.xpath(xpath)[:5]:
            for value in (
                element.get("datetime"),
                element.get("content"),
                element_text(element)[:120],
            ):
                found = parse_date(value, fetched_at) if value else None
                if found:
                    return found
    return None


def _htmldate(tree: etree._Element, url: str) -> str | None:
    from htmldate import find_date

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=False)
    except Exception as error:  # htmldate raises many kinds on odd pages
        logger.debug("htmldate failed on %s: %s", url, error)
        return None
    return str(found) if found else None
