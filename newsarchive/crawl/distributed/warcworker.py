"""``newsarchive worker --warc``: a worker that imports the WARC files queued in Redis.

The one-process import's spider (:class:`~newsarchive.crawl.warcimport.WarcImportSpider`)
with its sources taken from the queue (:mod:`.warcqueue`) one file at a time; its items
go through extract and classify to the stream (the worker stages of :mod:`.worker`), and
``newsarchive ingest`` stores them. A file is marked done once every item of it is on the
stream; the worker renews the file's lease meanwhile, and stops when no file is queued
and none is leased (a file whose worker died comes back when its lease runs out).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from twisted.internet import task as twisted_task

from newsarchive.crawl.distributed import keys
from newsarchive.crawl.distributed.warcqueue import JobKnown, WarcQueue, WarcTask
from newsarchive.crawl.distributed.worker import worker_settings
from newsarchive.crawl.progress import quiet
from newsarchive.crawl.runner import project_settings
from newsarchive.crawl.warcimport import MAX_IN_FLIGHT, ImportSummary, WarcImportSpider
from newsarchive.crawl.warcpages import RecordReader
from newsarchive.crawl.warcsites import SiteMatcher

logger = logging.getLogger(__name__)


class FleetWarcSpider(WarcImportSpider):
    """Reads the files the queue hands out; one summary per file read."""

    name = "import-warc-fleet"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__([], *args, **kwargs)
        self.queue: WarcQueue | None = None
        self.task: WarcTask | None = None
        self.warc_job = ""  #: the job of the file being read (the exporter tags entries)
        self.read: list[ImportSummary] = []
        self.prefix = keys.DEFAULT_PREFIX
        self.server: Any = None
        self.poll = 0.5

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> FleetWarcSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        assert isinstance(spider, FleetWarcSpider)
        settings = crawler.settings
        spider.prefix = settings.get("ARCHIVE_REDIS_PREFIX")
        spider.server = keys.connect(settings.get("ARCHIVE_REDIS_URL"))
        spider.queue = WarcQueue(spider.server, spider.prefix,
                                 settings.get("ARCHIVE_REDIS_WORKER_ID"),
                                 settings.getfloat("ARCHIVE_REDIS_WARC_LEASE"))  # fmt: skip
        spider.poll = max(settings.getfloat("ARCHIVE_REDIS_WARC_LEASE") / 8, 0.2)
        return spider

    def renew(self) -> None:
        """Keep the lease of the file being read."""
        if self.queue is not None and self.task is not None and not self.queue.renew(self.task):
            logger.warning("lost the lease of %s: another worker reads it again", self.task.source)

    async def start(self) -> AsyncIterator[Any]:
        assert self.queue is not None
        from newsarchive.crawl.sources import spider_classes

        renewal = twisted_task.LoopingCall(self.renew)
        renewal.start(self.queue.lease / 4, now=False)
        archived = keys.Keys(self.prefix).archived
        try:
            while True:
                task = self.queue.take()
                if task is None:
                    if not self.queue.leased():
                        break
                    await asyncio.sleep(self.poll)  # another worker's file may come back
                    continue
                self.task, self.warc_job = task, task.job
                matcher = SiteMatcher(spider_classes(), set(task.sites) if task.sites else None,
                                      task.german)  # fmt: skip
                self.matcher = matcher
                known: Any = JobKnown(self.server, self.prefix, task, archived)
                reader = RecordReader(task.source, matcher, known)
                summary = ImportSummary(task.source)
                self.summaries[task.source] = summary
                for item in reader.items():
                    while self.in_flight >= MAX_IN_FLIGHT:
                        await asyncio.sleep(0.002)
                    self.in_flight += 1
                    yield item
                while self.in_flight:  # every item of the file is on the stream
                    await asyncio.sleep(0.01)
                summary.records, summary.filtered = reader.records, reader.filtered
                summary.damage = reader.damage
                self.queue.finish(task, summary)
                self.read.append(summary)
                self.task = None
        finally:
            if renewal.running:
                renewal.stop()


def run_warc_worker(redis_url: str, overrides: dict[str, Any] | None = None
                    ) -> list[ImportSummary]:  # fmt: skip
    """Import queued WARC files as one worker of the fleet until the queue is empty;
    what this worker read, one summary per file."""
    keys.connect(redis_url)  # fail early and clearly
    base = project_settings(overrides)
    fleet = worker_settings(base, redis_url)
    for name in ("SCHEDULER", "DUPEFILTER_CLASS", "SCHEDULER_QUEUE_CLASS"):
        fleet.pop(name)  # the import requests nothing
    settings = project_settings(quiet({**(overrides or {}), **fleet}))
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(FleetWarcSpider)
    process.crawl(crawler)
    process.start()
    spider = crawler.spider
    return list(spider.read) if isinstance(spider, FleetWarcSpider) else []


def format_read(read: list[ImportSummary]) -> str:
    """What this worker read (outcomes are counted by ingest: ``import-warc --wait``)."""
    total = sum(s.records for s in read)
    lines = [f"read {len(read)} WARC files, {total} records"]
    for s in read:
        damage = f", DAMAGED ({s.damage[:60]})" if s.damage else ""
        lines.append(f"  {s.source}: {s.records} records{damage}")
    return "\n".join(lines)
