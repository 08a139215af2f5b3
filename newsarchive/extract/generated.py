"""A clock the page shows: a date line whose time is minutes before the fetch.

Teletext pages print the current time in their header ("TEXT WEST 116 Sa 28.11.26
11:58:07"), tickers their "Stand"; such a time is when the page was made for this request,
not when the article was published, so it is no date line
(:data:`~newsarchive.extract.data.GENERATION_STAMP_MINUTES`). Metadata is not judged so: on
real crawls a ``datePublished`` minutes before the fetch is common (three dev pages), and a
bare day is never such a stamp (the fetch day is often the publication day)."""

from __future__ import annotations

from datetime import datetime, timedelta

from newsarchive.extract import data
from newsarchive.extract.datetext import TZ


def is_generation_stamp(found: str | None, fetched_at: datetime | None) -> bool:
    """True for a date with a time at most :data:`GENERATION_STAMP_MINUTES` before
    ``fetched_at`` (a naive one read as German local time)."""
    if not found or len(found) <= 10 or fetched_at is None:
        return False
    try:
        moment = datetime.fromisoformat(found)
    except ValueError:
        return False
    moment = moment if moment.tzinfo else moment.replace(tzinfo=TZ)
    fetched = fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=TZ)
    return timedelta(0) <= fetched - moment <= timedelta(minutes=data.GENERATION_STAMP_MINUTES)


def fetch_day_stamp(published: str | None, line: str | None, fetched_at: datetime | None) -> bool:
    """True where the day taken is the fetch day (German time) and the page's date line
    shows an earlier one: the day is the server's stamp of the copy (a ``Last-Modified`` put
    in the page, a CMS's render time), not the publication the line shows (session 63, read
    on the old papers of dates_et and dates_gf)."""
    if not (published and line and fetched_at) or line[:10] >= published[:10]:
        return False
    fetched = fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=TZ)
    return published[:10] == fetched.astimezone(TZ).date().isoformat()
