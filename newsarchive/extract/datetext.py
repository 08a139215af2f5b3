"""Date strings: ISO 8601 from metadata, German (and English) dates in text, relative dates.

Every date comes out as ISO 8601: ``YYYY-MM-DD`` without a time, else with its offset. A
time without a zone is German local time (:data:`~newsarchive.extract.data.DEFAULT_TZ`);
a UTC time is given in German local time too, the day a German reader sees (sites store
UTC in their metadata and show local time: 23:30 UTC is the next day in Berlin).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from newsarchive.extract import data
from newsarchive.extract.dasheddates import dashed_day
from newsarchive.extract.text import fold

TZ = ZoneInfo(data.DEFAULT_TZ)
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*"
    r"(Z|[+-]\d{2}:?\d{2})?)?"
)


def iso(moment: datetime) -> str:
    """ISO 8601 with an offset: German local time for a naive or a UTC moment."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=TZ)
    elif moment.utcoffset() == timedelta(0):
        moment = moment.astimezone(TZ)
    return moment.isoformat()


def epoch_date(value: str | None) -> str | None:
    """A Unix time in seconds or milliseconds that date markup carries in a data attribute
    (``data-published="1709628300000"``, Drupal's ``data-timestamp``) as ISO 8601 in German
    local time; None for anything else or a time outside :data:`~.data.EPOCH_YEARS`."""
    if not value or not value.isdigit() or len(value) not in (10, 13):
        return None
    moment = datetime.fromtimestamp(int(value[:10]), UTC)
    return iso(moment) if moment.year in data.EPOCH_YEARS else None


def utc_day(value: str) -> str | None:
    """The UTC day of an ISO date with a time and an offset ("2024-10-06T00:20:00+02:00" is
    "2024-10-05"); None for a bare day."""
    if len(value) <= 10:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.astimezone(UTC).date().isoformat() if moment.tzinfo else None


def parse_date(value: str | None, fetched_at: datetime | None = None) -> str | None:
    """An ISO 8601 string from a metadata or German text date; date-only stays ``YYYY-MM-DD``."""
    text = fold(value)
    if not text:
        return None
    match = _ISO.match(text)
    if not match:
        return parse_german_date(text, fetched_at)
    year, month, day, hour, minute, second, zone = match.groups()
    hour = hour if zone else _clock(text, match, hour)[0]  # "2026-10-19 09:04 PM" (text)
    try:
        if hour is None:
            return date(int(year), int(month), int(day)).isoformat()
        moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None
    if zone:
        zone = "+00:00" if zone == "Z" else zone
        if ":" not in zone:
            zone = zone[:3] + ":" + zone[3:]
        try:
            return iso(datetime.fromisoformat(moment.isoformat() + zone))
        except ValueError:
            pass
    return iso(moment)


def _day(
    year: str,
    month: int,
    day: str,
    hour: str | None,
    minute: str | None,
    zone: str | None = None,
    second: str | None = None,
) -> str | None:
    try:
        if hour is None or minute is None:
            return date(int(year), month, int(day)).isoformat()
        moment = datetime(int(year), month, int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None
    if zone:  # "23:30:00 GMT": a time in that zone (German local time for a UTC one)
        offset = zone.upper()
        offset = "+00:00" if offset in ("GMT", "UTC", "Z") else offset
        offset = offset if ":" in offset else offset[:3] + ":" + offset[3:]
        try:
            return iso(datetime.fromisoformat(moment.isoformat() + offset))
        except ValueError:
            pass
    return iso(moment)


def _clock(text: str, match: re.Match[str], hour: str | None) -> tuple[str | None, str | None]:
    """A date's hour on a 24-hour clock and the zone after its time, each read once after
    the match: "9:04 PM" is 21 h, "12:30 AM" 0 h (:data:`~newsarchive.extract.data.
    DATE_CLOCK_12H`; an hour over 12 stays as written), and the zone after the time or its
    "PM" (:data:`~newsarchive.extract.data.DATE_TEXT_ZONE`); (None, None) without a time."""
    if hour is None:
        return None, None
    clock = data.DATE_CLOCK_12H.match(text, match.end())
    zone = data.DATE_TEXT_ZONE.match(text, clock.end() if clock else match.end())
    if clock is not None and 1 <= int(hour) <= 12:
        hour = str(int(hour) % 12 + (12 if clock[1].lower() == "p" else 0))
    return hour, zone[1] if zone else None


def parse_german_date(text: str, fetched_at: datetime | None = None) -> str | None:
    """Dates in text: "26. November 2026, 14:05 Uhr", "26.11.2026", "26.11.26", "November 26,
    2026", "2026/11/26", "2026-Nov-26", "11/26/2026", "Thu Nov 26 14:05:00 CET 2026" (a zone
    after the time counts: "Thu, 26 Nov 2026 13:05:00 GMT", "… EST 2026"), and relative to the
    fetch time "vor 3 Stunden", "gestern, 18:15 Uhr"."""
    for pattern, month_is_name in ((data.DATE_LONG, True), (data.DATE_NUMERIC, False)):
        match = pattern.search(text)
        if not match:
            continue
        day, month, year, hour, minute = match.groups()
        month_no = data.MONTHS.get(month.lower().rstrip(".")) if month_is_name else int(month)
        hour, zone = _clock(text, match, hour)
        if month_no and (found := _day(year, month_no, day, hour, minute, zone)):
            return found
    match = data.DATE_NUMERIC_SHORT_YEAR.search(text)
    if match:
        day, month, year, hour, minute = match.groups()
        hour = _clock(text, match, hour)[0]
        if found := _day(century(year, fetched_at), int(month), day, hour, minute):
            return found
    match = data.DATE_DASHED_MONTH_SHORT_YEAR.search(text)  # "21-Jun-05"
    match = match or data.DATE_SPACED_MONTH_SHORT_YEAR.search(text)  # "12 Mär. 09, 14:05"
    match = match or data.DATE_WEEKDAY_MONTH_SHORT_YEAR.search(text)  # "Mon 14 May 01 21:10"
    if match:
        day, month, year, hour, minute = match.groups()
        month_no, hour = data.MONTHS.get(month.lower()), _clock(text, match, hour)[0]
        if month_no and (found := _day(century(year, fetched_at), month_no, day, hour, minute)):
            return found
    match = data.DATE_MONTH_FIRST.search(text)
    if match:
        month, day, year, hour, minute = match.groups()
        month_no = data.MONTHS.get(month.lower().rstrip("."))
        hour, zone = _clock(text, match, hour)
        if month_no and (found := _day(year, month_no, day, hour, minute, zone)):
            return found
    match = ctime_match(text)  # "Tue Oct 19 21:04:11 CEST 1999"
    if match:
        month, day, hour, minute, second, zone_word, year = match.groups()
        zone = data.CTIME_ZONES.get(zone_word or "")
        if found := _day(year, data.MONTHS[month.lower()], day, hour, minute, zone, second):
            return found
    apostrophe = data.APOSTROPHE_YEAR.search(text)
    match = data.DATE_MONTH_FIRST_SHORT_YEAR.search(text) if apostrophe else None
    if match:
        month, day, year = match.groups()
        month_no = data.MONTHS.get(month.lower().rstrip("."))
        if month_no and (found := _day(century(year, fetched_at), month_no, day, None, None)):
            return found
    match = data.DATE_YMD_SLASHED.search(text)
    if match:
        year, month, day, hour, minute = match.groups()
        hour, zone = _clock(text, match, hour)
        if found := _day(year, int(month), day, hour, minute, zone):
            return found
    match = data.DATE_YMD_MONTH_NAME.search(text)  # "2025-Nov-20, 10:45 pm"
    if match:
        year, month, day, hour, minute = match.groups()
        month_no, hour = data.MONTHS.get(month.lower()), _clock(text, match, hour)[0]
        if month_no and (found := _day(year, month_no, day, hour, minute)):
            return found
    match = data.DATE_SLASHED.search(text)
    if match:
        first, second, year, hour, minute = match.groups()
        month, day = (first, second) if int(first) <= 12 else (second, first)
        hour = _clock(text, match, hour)[0]
        if found := _day(year, int(month), day, hour, minute):
            return found
    if dashed := dashed_day(text):  # "06-10-2009, 19:40", "04-16-2009, 10:22 AM"
        day_iso, hour, minute = dashed
        year, month, day = day_iso.split("-")
        if found := _day(year, int(month), day, hour, minute):
            return found
    return _relative_date(text, fetched_at) if fetched_at else None


def ctime_match(text: str) -> re.Match[str] | None:
    """C's ``ctime`` date in ``text`` (:data:`~newsarchive.extract.data.DATE_CTIME`), looked
    for only where its tail, a time and a year, stands."""
    if ":" not in text or not data.CTIME_TAIL.search(text):
        return None
    return data.DATE_CTIME.search(text)


def century(year: str, fetched_at: datetime | None) -> str:
    """A two-digit year in this century, or the last where this one would be after the
    fetch (or now): "'05" is 2005, "'99" 1999."""
    latest = (fetched_at or datetime.now(UTC)).year
    return f"20{year}" if 2000 + int(year) <= latest else f"19{year}"


def _relative_date(text: str, fetched_at: datetime) -> str | None:
    """ "vor 3 Stunden", "heute, 14:05 Uhr": only with the fetch time (without it, "heute"
    would be the day the page happens to be read, not the day it was written)."""
    now = fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=UTC)
    now = now.astimezone(TZ)
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
