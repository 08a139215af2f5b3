"""The Wayback Machine: CDX queries, capture addresses, and politeness towards it.

The CDX server (``https://web.archive.org/cdx/search/cdx``) lists captures of a URL
prefix; with ``output=json`` the answer is a list of rows whose first row names the
fields, and with ``showResumeKey=true`` a last row ``[<key>]`` after an empty row lets
the next query resume. ``collapse=urlkey`` keeps one capture per address. A raw
capture, without the archive's toolbar and with its original bytes, is
``https://web.archive.org/web/<timestamp>id_/<original URL>``.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlencode

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response

logger = logging.getLogger(__name__)

CDX_URL = "https://web.archive.org/cdx/search/cdx"
WEB_URL = "https://web.archive.org/web"
#: The CDX fields we ask for, in this order.
CDX_FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest")


class CdxError(ValueError):
    """A CDX answer that cannot be read."""


@dataclass(frozen=True)
class Capture:
    """One archived copy of a page."""

    timestamp: str  #: ``YYYYMMDDhhmmss``, UTC
    original: str  #: the page's own address when it was captured
    digest: str = ""

    @property
    def raw_url(self) -> str:
        """The capture's original bytes (``id_``: no toolbar, no rewritten links)."""
        return f"{WEB_URL}/{self.timestamp}id_/{self.original}"

    @property
    def archive_url(self) -> str:
        """The capture as readers open it in the Wayback Machine."""
        return f"{WEB_URL}/{self.timestamp}/{self.original}"

    @property
    def archived_at(self) -> str:
        """The capture time as ISO 8601."""
        return timestamp_iso(self.timestamp)


def timestamp_iso(timestamp: str) -> str:
    """``20120514071200`` → ``2012-05-14T07:12:00+00:00`` (short stamps are padded)."""
    stamp = (timestamp + "00000000000000")[:14]
    if len(timestamp) < 8:
        stamp = timestamp[:4] + "0101" + "000000"
    return datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC).isoformat()


def cdx_query(prefix: str, year_from: int, year_to: int, limit: int = 1000,
              resume_key: str | None = None) -> str:  # fmt: skip
    """The CDX query for HTML pages captured with status 200 under a URL prefix."""
    params: list[tuple[str, str]] = [
        ("url", prefix), ("matchType", "prefix" if "/" in prefix else "domain"),
        ("from", str(year_from)), ("to", str(year_to)), ("output", "json"),
        ("fl", ",".join(CDX_FIELDS)), ("filter", "statuscode:200"),
        ("filter", "mimetype:text/html"), ("collapse", "urlkey"), ("limit", str(limit)),
        ("showResumeKey", "true"),
    ]  # fmt: skip
    if resume_key:
        params.append(("resumeKey", resume_key))
    return f"{CDX_URL}?{urlencode(params)}"


def parse_cdx(body: bytes) -> tuple[list[Capture], str | None]:
    """Captures of a JSON CDX answer, and the resume key if there are more."""
    if not body.strip():
        return [], None
    try:
        rows = json.loads(body)
    except ValueError as error:
        raise CdxError(f"not JSON: {error}") from error
    if not isinstance(rows, list) or not rows:
        return [], None
    header, *rest = rows
    if not isinstance(header, list) or "original" not in header or "timestamp" not in header:
        raise CdxError(f"unexpected CDX header: {header!r}")
    resume = None
    if len(rest) >= 2 and rest[-2] == [] and len(rest[-1]) == 1:
        resume = str(rest[-1][0])
        rest = rest[:-2]
    captures = []
    for row in rest:
        if not row or len(row) != len(header):
            continue
        fields = dict(zip(header, row, strict=True))
        captures.append(Capture(fields["timestamp"], fields["original"], fields.get("digest", "")))
    return captures, resume


def has_topic_word(url: str, words: list[str]) -> bool:
    """Whether the URL names one of the topic words (case-insensitive; none given: yes)."""
    low = url.lower()
    return not words or any(word.lower() in low for word in words)


def retry_after_seconds(value: bytes | str | None, default: float) -> float:
    """Seconds a ``Retry-After`` header asks for (delta seconds or an HTTP date)."""
    if not value:
        return default
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return default
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())


class RetryAfterMiddleware:
    """Honour ``429 Too Many Requests`` and ``503`` with ``Retry-After``.

    The whole crawl pauses for the time asked (capped by ``ARCHIVE_WAYBACK_MAX_WAIT``),
    then the request is sent again, at most ``ARCHIVE_WAYBACK_RETRIES`` times; after
    that the response passes on and is recorded as a failure (``http-429``).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.max_wait = settings.getfloat("ARCHIVE_WAYBACK_MAX_WAIT", 300.0)
        self.default_wait = settings.getfloat("ARCHIVE_WAYBACK_DEFAULT_WAIT", 60.0)
        self.retries = settings.getint("ARCHIVE_WAYBACK_RETRIES", 5)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status not in (429, 503):
            return response
        tries = int(request.meta.get("archive_retry_after", 0))
        if tries >= self.retries:
            return response
        asked = retry_after_seconds(response.headers.get(b"Retry-After"), self.default_wait)
        wait = min(self.max_wait, asked)
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("archive/wayback/retry_after")
        logger.info("%s answered %d: waiting %.0f s", request.url, response.status, wait)
        engine = self.crawler.engine
        if engine is not None:
            engine.pause()
        try:
            await asyncio.sleep(wait)
        finally:
            if engine is not None:
                engine.unpause()
        meta = {**request.meta, "archive_retry_after": tries + 1}
        return request.replace(meta=meta, dont_filter=True)
