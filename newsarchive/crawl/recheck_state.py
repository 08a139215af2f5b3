"""The re-check schedule and state: which articles are due, and the validators
(``ETag``/``Last-Modified``) that make a re-check a conditional request.

See :mod:`newsarchive.crawl.recheck` for the re-check itself.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from newsarchive.archive import storage

_UNITS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_schedule(text: str | list[str]) -> list[timedelta]:
    """``"1h,6h,1d,3d,7d,30d"`` → the checkpoints as sorted time spans; ``ValueError`` if
    an entry is not a number with one of the units m, h, d, w."""
    items = text.split(",") if isinstance(text, str) else text
    spans = []
    for item in (i.strip() for i in items if i.strip()):
        match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([mhdw])", item)
        if not match:
            raise ValueError(f"bad re-check interval {item!r} (expected e.g. 6h, 3d, 2w)")
        spans.append(timedelta(seconds=float(match[1]) * _UNITS[match[2]]))
    if not spans:
        raise ValueError("the re-check schedule is empty")
    return sorted(spans)


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 date or timestamp as an aware datetime (UTC if no zone); else None."""
    value = (value or "").strip()
    if len(value) < 10:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def next_check(
    base: datetime, last_checked: datetime, schedule: list[timedelta]
) -> datetime | None:
    """The first checkpoint after ``last_checked`` (None when the schedule is over)."""
    return next((base + span for span in schedule if base + span > last_checked), None)


def is_due(article: dict[str, Any], now: datetime, schedule: list[timedelta]) -> bool:
    """Whether an article (a :func:`candidates` row) has a checkpoint due at ``now``."""
    first = parse_time(article.get("first_seen")) or parse_time(article.get("fetched_at")) or now
    published = parse_time(article.get("published"))
    base = published if published and published <= first else first
    last = parse_time(article.get("last_checked")) or first
    due = next_check(base, last, schedule)
    return due is not None and due <= now


def candidates(db: Any, site: str | None = None) -> list[dict[str, Any]]:
    """Live (not removed) articles fetched from their sites, with their re-check state."""
    sql = (
        "SELECT a.url, a.site, a.fetched_url, a.listed_url, a.published, a.fetched_at,"
        " r.first_seen, r.last_checked, coalesce(r.etag, v.etag) AS etag,"
        " coalesce(r.last_modified, v.last_modified) AS last_modified, r.fetch_url"
        " FROM articles a LEFT JOIN rechecks r ON r.url = a.url"
        " LEFT JOIN validators v ON v.url = a.fetched_url"
        " WHERE a.removed_at IS NULL AND a.archive_url IS NULL"
    )
    params: list[Any] = []
    if site:
        sql += " AND a.site = ?"
        params.append(site)
    cursor = db.execute(sql + " ORDER BY a.url", params)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def due_articles(
    db: Any, now: datetime, schedule: list[timedelta], site: str | None = None,
    everything: bool = False, limit: int = 0,
) -> list[dict[str, Any]]:  # fmt: skip
    """The articles to re-check now (``everything``: all live ones), at most ``limit``."""
    due = [a for a in candidates(db, site) if everything or is_due(a, now, schedule)]
    return due[:limit] if limit else due


def save_state(db: Any, url: str, **values: Any) -> None:
    """Create or update an article's ``rechecks`` row (and commit)."""
    with db.atomic():
        db.table("rechecks").upsert({"url": url, **values}, pk="url")


class ValidatorsMiddleware:
    """Keep the ``ETag``/``Last-Modified`` of every article page a crawl fetches (table
    ``validators``, by the page's real address), so the first re-check of an article is
    conditional too. Off with ``ARCHIVE_RECHECK_VALIDATORS=0``.

    Runs below the mirror middleware (95 < 101), so it sees real addresses, and after
    the redirect middleware, so it sees the final page. Rows are written in batches
    through a connection of its own (a lost batch only costs one unconditional fetch).
    """

    BATCH = 100

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self.rows: list[dict[str, Any]] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatorsMiddleware:
        from scrapy.exceptions import NotConfigured

        if not crawler.settings.getbool("ARCHIVE_RECHECK_VALIDATORS", True):
            raise NotConfigured
        middleware = cls(str(crawler.settings.get("ARCHIVE_DB")))
        crawler.signals.connect(middleware.flush, signal=signals.spider_closed)
        return middleware

    def process_response(self, request: scrapy.Request, response: Response) -> Response:
        meta = request.meta
        if (
            response.status == 200
            and "archive_listed_url" in meta
            and ("archive_recheck" not in meta)
        ):
            etag, modified = (
                response_header(response, b"ETag"),
                response_header(response, b"Last-Modified"),
            )
            if etag or modified:
                self.rows.append({"url": response.url, "etag": etag, "last_modified": modified,
                                  "seen_at": storage.utcnow()})  # fmt: skip
                if len(self.rows) >= self.BATCH:
                    self.flush()
        return response

    def flush(self) -> None:
        """Write the collected validators."""
        if not self.rows:
            return
        rows, self.rows = self.rows, []
        self.write(rows)

    def write(self, rows: list[dict[str, Any]]) -> None:
        """Upsert a batch of validators rows (a fleet worker sends them instead)."""
        db = storage.open_db(self.db_path)
        try:
            with db.atomic():
                db.table("validators").upsert_all(rows, pk="url")
        finally:
            db.close()


def response_header(response: Response, name: bytes) -> str | None:
    """A response header as text (None when absent)."""
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
