"""Stage 800 of a worker: items go onto the Redis stream instead of into SQLite.

Articles (extracted and classified), failures and off-topic pages become stream
entries (:mod:`.keys`); ``newsarchive ingest`` deduplicates and stores them. Once an
item is on the stream, the request it came from is finished (:class:`.worker.FleetWorker`).

An item that names a WARC record (``warc_file``, ``warc_offset``) goes on the stream only
once the record is durable: the worker's WARC writer is synced first (:class:`GroupSync`:
one ``fsync`` for all the items waiting at that moment, not one per item), and the file
is named by its absolute path, so ingest, which has its own folder, finds it.
"""

from __future__ import annotations

import asyncio
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from newsarchive.archive.warcfiles import WarcWriter, release_writer, resolve
from newsarchive.crawl.distributed import keys
from newsarchive.crawl.distributed.scheduler import finish_task
from newsarchive.crawl.warcrecorder import writer_for
from newsarchive.items import ArticleItem, DropItem, FailureItem, PageItem, SkipItem
from pipelines.warc import PARSE_FAILURE_META


class GroupSync:
    """Make a WARC writer's records durable for every caller waiting, with one ``fsync``
    (in a thread) per round: callers that come while a sync runs share the next one."""

    def __init__(self, writer: WarcWriter) -> None:
        self.writer = writer
        self.synced = 0  #: records known to be durable
        self.syncs = 0  #: ``fsync`` calls made
        self._running: asyncio.Future[None] | None = None

    async def durable(self) -> None:
        """Return once every record written before the call is on disk."""
        target = self.writer.records
        while self.synced < target:
            if self._running is None or self._running.done():
                self._running = asyncio.ensure_future(self._sync())
            await asyncio.shield(self._running)

    async def _sync(self) -> None:
        count = self.writer.records
        await asyncio.get_running_loop().run_in_executor(None, self.writer.sync)
        self.synced = max(self.synced, count)
        self.syncs += 1


class RedisExportPipeline:
    """Put every item, dropped item and spider error on the stream (``XADD``)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.server = keys.connect(settings.get("ARCHIVE_REDIS_URL"))
        self.keys = keys.Keys(settings.get("ARCHIVE_REDIS_PREFIX"))
        self.maxlen = settings.getint("ARCHIVE_REDIS_STREAM_MAXLEN") or None
        self.worker_id = settings.get("ARCHIVE_REDIS_WORKER_ID")
        self.db = settings.get("ARCHIVE_DB")  #: never opened: the writer names files by it
        self.writer = writer_for(crawler)
        self.sync = GroupSync(self.writer) if self.writer is not None else None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisExportPipeline:
        pipeline = cls(crawler)
        # connected before the worker extension's handlers: the entry is written first
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.spider_error, signal=signals.spider_error)
        return pipeline

    def push(self, record: dict[str, str]) -> None:
        """Append one entry to the stream (tagged with the WARC import job, if any)."""
        spider = self.crawler.spider
        job = getattr(spider, "warc_job", "")
        tags = {"run": f"{self.worker_id}:{spider.name if spider else ''}"}
        self.server.xadd(self.keys.stream, {**record, **tags, **({"job": job} if job else {})})
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("archive/queued")
            self.crawler.stats.inc_value(f"archive/queued/{record['kind']}")

    async def process_item(self, item: Any) -> Any:
        if isinstance(item, ArticleItem | FailureItem) and item.warc_file:
            item.warc_file = resolve(item.warc_file, self.db)  # absolute (or a URL)
            if self.sync is not None:
                await self.sync.durable()
        if isinstance(item, ArticleItem):
            self.push(keys.article_record(item))
        elif isinstance(item, FailureItem):
            self.push(keys.failure_record(item))
        return item

    def close_spider(self) -> None:
        if self.writer is not None:
            if self.sync is not None and self.crawler.stats is not None:
                self.crawler.stats.set_value("archive/warc/syncs", self.sync.syncs)
            release_writer(self.writer)
            self.writer = None

    def item_dropped(self, item: Any, response: Response | None, exception: Exception,
                     spider: Spider) -> None:  # fmt: skip
        url, site, title = _identity(item)
        source = getattr(item, "source_archive", None) or ""
        if isinstance(exception, SkipItem):
            self.push(keys.skipped_record(url, site, title, exception.score, exception.reason,
                                          exception.detail, source))  # fmt: skip
            finish_task(self.crawler, response)
            return
        if isinstance(exception, DropItem):
            stage, reason, detail = exception.stage, exception.reason, exception.detail
        else:
            stage, reason, detail = "pipeline", "dropped", str(exception)
        self.push(keys.failure_record(FailureItem(url, site, stage, reason, detail[:500],
                                                  source_archive=source or None)))  # fmt: skip
        finish_task(self.crawler, response)

    def spider_error(self, failure: Failure, response: Response, spider: Spider) -> None:
        reason, detail = type(failure.value).__name__, str(failure.value)[:500]
        # the journal stage (700) recorded the error in the WARC files first
        where = (getattr(response, "meta", None) or {}).get(PARSE_FAILURE_META) or {}
        item = FailureItem(response.url, spider.name, "parse", reason, detail, **where)
        if item.warc_file:
            item.warc_file = resolve(item.warc_file, self.db)
            if self.writer is not None:  # rare: one fsync of its own
                self.writer.sync()
        self.push(keys.failure_record(item))
        finish_task(self.crawler, response)


def _identity(item: Any) -> tuple[str, str, str]:
    """URL, site and title of any of our items."""
    if isinstance(item, ArticleItem):
        return item.url, item.site, item.title
    if isinstance(item, PageItem):
        return item.url, item.site, str(item.hints.get("title", ""))
    return str(getattr(item, "url", "?")), str(getattr(item, "site", "?")), ""
