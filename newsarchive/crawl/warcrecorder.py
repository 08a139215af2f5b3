"""Recording the crawl as WARC: a downloader middleware and what spiders take from it.

:class:`WarcRecorder` sits next to the downloader (priority 950), so it sees every
response as received: before decompression, redirects, retries and HTTP error handling.
For each it writes a ``response`` and a ``request`` record, and, for article pages and
Wayback captures, a ``metadata`` record with what the spider knew when it asked
(:func:`page_journal`). The response record's location goes into ``response.meta``
(``archive_warc``), from where :func:`located` copies it into the page's item, and its
``WARC-Date`` becomes the page's ``fetched_at``, so a page read back from the WARC file
is the page the crawl saw, to the second.

Records become durable (``fsync``) before the rows that name them: in one process
before each commit of the archive, in a fleet worker (``ARCHIVE_REDIS_URL``, which never
opens the archive) before the items go on the Redis stream
(:mod:`newsarchive.crawl.distributed.exporter`). A worker's files carry its id.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from newsarchive.archive.crawlstate import archive_for
from newsarchive.archive.warcfiles import (
    DEFAULT_PREFIX,
    RESPONSE_META,
    HttpMessage,
    WarcWriter,
    acquire_writer,
    iso_now,
    release_writer,
    warc_dir_for,
)
from newsarchive.crawl.middlewares import from_mirror

#: The ``response.meta`` key holding the response record's location.
META_KEY = RESPONSE_META
#: Response headers not kept: Scrapy's client has already undone the chunking.
DROPPED_HEADERS = {b"transfer-encoding"}


def writer_for(crawler: Crawler) -> WarcWriter | None:
    """A writer for the crawler's WARC directory, or ``None`` with ``ARCHIVE_WARC=0``."""
    settings = crawler.settings
    if not settings.getbool("ARCHIVE_WARC", True):
        return None
    db = settings.get("ARCHIVE_DB")
    writer = acquire_writer(warc_dir_for(db, settings.get("ARCHIVE_WARC_DIR", "")), db,
                            max_bytes=settings.getint("ARCHIVE_WARC_MAX_BYTES", 10**9))  # fmt: skip
    worker = settings.get("ARCHIVE_REDIS_WORKER_ID") if is_fleet_worker(crawler) else ""
    if worker and writer.path is None:  # one file series per worker, named after it
        writer.prefix = DEFAULT_PREFIX + "-" + re.sub(r"[^\w.-]", "_", worker)
    return writer


def is_fleet_worker(crawler: Crawler) -> bool:
    """A worker of the distributed mode: it has no archive to open."""
    return bool(crawler.settings.get("ARCHIVE_REDIS_URL"))


def _text(value: bytes | str) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else value


def header_list(headers: Any, drop: set[bytes] | None = None) -> list[tuple[str, str]]:
    """Scrapy ``Headers`` as (name, value) pairs, one per value."""
    pairs = []
    for name, values in headers.items():
        if drop and name.lower() in drop:
            continue
        for value in values:
            pairs.append((_text(name), _text(value)))
    return pairs


def page_journal(request: Request, spider: Spider) -> dict[str, Any] | None:
    """What the spider knew when it asked for an article page or a Wayback capture (the
    metadata record beside the response), or ``None`` for listings and robots.txt."""
    capture = request.cb_kwargs.get("capture")
    site = getattr(spider, "site", "") or spider.name
    if capture is not None and hasattr(capture, "original"):
        return {"kind": "capture", "spider": spider.name, "site": site,
                "original": capture.original, "archive_url": capture.archive_url,
                "archived_at": capture.archived_at}  # fmt: skip
    listed = request.meta.get("archive_listed_url")
    if listed:
        return {"kind": "page", "spider": spider.name, "site": site, "listed_url": listed,
                "hints": request.cb_kwargs.get("hints") or {}}  # fmt: skip
    return None


def located(meta: dict[str, Any]) -> dict[str, Any]:
    """The ``warc_*`` item fields of the last response recorded for a request."""
    where = meta.get(META_KEY)
    if not where:
        return {}
    return {"warc_file": where["file"], "warc_offset": where["offset"],
            "warc_record_id": where["record_id"]}  # fmt: skip


def fetched_at(meta: dict[str, Any]) -> str:
    """When the response was received: its record's date, else now."""
    where = meta.get(META_KEY)
    return str(where["date"]) if where else iso_now()


class WarcRecorder:
    """Write every response (and its request) to the archive's WARC files."""

    def __init__(self, crawler: Crawler, writer: WarcWriter) -> None:
        self.crawler = crawler
        self.writer = writer
        self.base = (crawler.settings.get("ARCHIVE_BASE_URL") or "").rstrip("/")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcRecorder:
        writer = writer_for(crawler)
        if writer is None:
            raise NotConfigured
        recorder = cls(crawler, writer)
        crawler.signals.connect(recorder.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        return recorder

    def spider_opened(self, spider: Spider) -> None:
        if is_fleet_worker(self.crawler):  # no archive: the exporter syncs
            return
        # the records of a batch are made durable before the batch commits
        archive_for(self.crawler).commit_hooks.append(lambda db: self.writer.sync())

    def spider_closed(self, spider: Spider) -> None:
        release_writer(self.writer)

    def real_url(self, url: str) -> str:
        """The address on the web (``ARCHIVE_BASE_URL`` mirrors are undone)."""
        if self.base and url.startswith(self.base):
            return from_mirror(url, self.base)
        return url

    def process_response(self, request: Request, response: Response) -> Response:
        url = self.real_url(response.url)
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        sent = HttpMessage(
            f"{request.method} {target} HTTP/1.1",
            [("Host", parts.netloc), *header_list(request.headers)],
            request.body or b"",
        )
        received = HttpMessage.response(
            response.status, header_list(response.headers, DROPPED_HEADERS), response.body,
            response.protocol or "HTTP/1.1",
        )  # fmt: skip
        spider = self.crawler.spider
        journal = page_journal(request, spider) if spider is not None else None
        ip = str(response.ip_address) if response.ip_address else None
        where = self.writer.write_exchange(url, sent, received, ip_address=ip, journal=journal)
        request.meta[META_KEY] = {"file": where.file, "offset": where.offset,
                                   "record_id": where.record_id, "date": where.date}  # fmt: skip
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("archive/warc/records", 3 if journal else 2)
        return response
