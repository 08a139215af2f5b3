"""``newsarchive worker``: spiders that share one crawl frontier in Redis.

Each worker runs the usual spiders with scrapy-redis's scheduler and duplicate filter
(one queue and one filter per spider for the whole fleet), extracts and classifies, and
puts the items on the stream for ``newsarchive ingest``; it never opens the SQLite file.

:class:`FleetWorker` (an extension) keeps the fleet honest:

* the incremental check: a URL is skipped when it is archived (the set ingest fills) or
  another worker already requested it in this crawl (:class:`SharedKnown`);
* a heartbeat per worker, so ``status`` shows it and the others can tell it died;
* a task finishes once its item is on the stream; the tasks of dead workers are queued
  again (:mod:`.scheduler`);
* a worker stays open while other workers still hold tasks of its spider (they may
  queue more pages), and closes when the spider's queue and tasks are empty.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
import uuid
from collections.abc import AsyncIterator, Iterable
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response
from scrapy.settings import Settings
from twisted.internet import task as twisted_task

from newsarchive.crawl.distributed import keys
from newsarchive.crawl.distributed.scheduler import (
    TASK,
    ReliableScheduler,
    finish_task,
    scheduler_of,
)
from newsarchive.urls import normalize_url

logger = logging.getLogger(__name__)

#: The one-process stages a worker leaves to ingest (they read and write SQLite).
WRITER_STAGES = ("pipelines.dedupe.", "pipelines.store.")
#: Items a worker counts by kind (``archive/queued/<kind>``), with their column widths.
QUEUED = {"article": 8, "skipped": 7, "failure": 8}
#: The one-process extensions a worker leaves out (they write SQLite).
WRITER_EXTENSIONS = ("newsarchive.crawl.extensions.CrawlRecorder",)


class SharedKnown:
    """The spider's ``known`` set, shared by the fleet.

    ``url in known`` is true when the URL is archived or some worker requested it in
    this crawl; when it is false, this worker has claimed the URL (one atomic ``SADD``),
    so two workers never both request it.
    """

    def __init__(self, server: Any, archived_key: str, requested_key: str) -> None:
        self.server = server
        self.archived_key = archived_key
        self.requested_key = requested_key

    def __contains__(self, url: object) -> bool:
        key = normalize_url(str(url))
        if self.server.sismember(self.archived_key, key):
            return True
        return not self.server.sadd(self.requested_key, key)

    def add(self, url: str) -> None:
        self.server.sadd(self.requested_key, normalize_url(url))

    def prefetch(self, urls: Iterable[str]) -> None:
        """Nothing to prepare: each ``in`` test is one round trip that also claims the URL."""

    def __len__(self) -> int:
        return int(self.server.scard(self.requested_key))


class FleetWorker:
    """Heartbeat, shared incremental check, task bookkeeping and closing of a worker."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.server = keys.connect(settings.get("ARCHIVE_REDIS_URL"))
        self.keys = keys.Keys(settings.get("ARCHIVE_REDIS_PREFIX"))
        self.worker_id = settings.get("ARCHIVE_REDIS_WORKER_ID")
        self.timeout = settings.getfloat("ARCHIVE_REDIS_WORKER_TIMEOUT")
        self.loop: Any = None
        self.state = "starting"

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FleetWorker:
        ext = cls(crawler)
        for handler, signal in ((ext.spider_opened, signals.spider_opened),
                                (ext.spider_idle, signals.spider_idle),
                                (ext.spider_closed, signals.spider_closed),
                                (ext.item_done, signals.item_scraped),
                                (ext.item_done, signals.item_error)):  # fmt: skip
            crawler.signals.connect(handler, signal=signal)
        return ext

    @property
    def scheduler(self) -> ReliableScheduler | None:
        return scheduler_of(self.crawler)

    def spider_opened(self, spider: Spider) -> None:
        spider.known = SharedKnown(  # type: ignore[attr-defined]
            self.server, self.keys.archived, self.keys.requested(spider.name)
        )
        self.state = "crawling"
        self.beat()
        self.loop = twisted_task.LoopingCall(self.beat)
        self.loop.start(max(self.timeout / 4, 0.5), now=False)

    def beat(self) -> None:
        """Say this worker is alive; queue again the tasks of dead workers."""
        spider = self.crawler.spider
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        beat = {"seen": time.time(), "host": socket.gethostname(), "pid": os.getpid(),
                "spider": spider.name if spider else "", "state": self.state,
                "pages": int(stats.get("response_received_count", 0)),
                "items": int(stats.get("archive/queued", 0))}  # fmt: skip
        beat.update({kind: int(stats.get(f"archive/queued/{kind}", 0)) for kind in QUEUED})
        self.server.hset(self.keys.workers, f"{self.worker_id}:{beat['spider']}",
                         json.dumps(beat))  # fmt: skip
        self.recover()

    def alive(self) -> set[str]:
        """Ids of the workers whose heartbeat is fresh."""
        now, found = time.time(), set()
        for name, raw in self.server.hgetall(self.keys.workers).items():
            beat = json.loads(raw)
            if beat.get("state") != "closed" and now - float(beat["seen"]) < self.timeout:
                found.add(name.decode().rsplit(":", 1)[0])
        return found | {self.worker_id}

    def recover(self) -> int:
        """Queue again the requests held by workers that stopped beating."""
        scheduler = self.scheduler
        if scheduler is None:
            return 0
        alive = self.alive()
        count = 0
        for task, owner in scheduler.tasks().items():
            if owner not in alive and scheduler.requeue(task):
                count += 1
        if count:
            logger.info("queued again %d requests of dead workers", count)
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("archive/redis/recovered", count)
        return count

    def item_done(self, item: Any, response: Response | Any, spider: Spider,
                  **kwargs: Any) -> None:  # fmt: skip
        """The item of a request is on the stream: its task is finished (dropped items:
        :class:`.exporter.RedisExportPipeline`, once it wrote them)."""
        finish_task(self.crawler, response)

    def spider_idle(self, spider: Spider) -> None:
        """Close only when the spider's queue and every worker's tasks are empty."""
        scheduler = self.scheduler
        if scheduler is None:
            return
        mine = [t for t, owner in scheduler.tasks().items() if owner == self.worker_id]
        for task in mine:  # nothing is in flight here: leftovers (filtered redirects)
            scheduler.done(task)
        if self.recover() or scheduler.tasks() or len(scheduler):
            self.state = "waiting"
            raise DontCloseSpider
        self.state = "done"

    def spider_closed(self, spider: Spider, reason: str) -> None:
        scheduler = self.scheduler
        if scheduler is not None and reason != "finished":
            for task, owner in scheduler.tasks().items():
                if owner == self.worker_id:  # cut short: give the pages to the others
                    scheduler.requeue(task)
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.report(spider, reason)  # before the last heartbeat: ingest waits for it
        self.state = "closed"
        self.beat()

    def report(self, spider: Spider, reason: str) -> None:
        """Put this run's end on the stream, for ingest's ``crawls`` row. A worker sees
        only its share of a site: the site-health verdict (made on its share) is left
        out."""
        stats = dict(self.crawler.stats.get_stats()) if self.crawler.stats else {}
        stats.pop("archive/site_failed", None)
        stats["archive/redis/worker"] = self.worker_id
        run = f"{self.worker_id}:{spider.name}"
        self.server.xadd(self.keys.stream, {**keys.crawl_record(run, spider.name, reason, stats),
                                            "run": run})  # fmt: skip


class TaskDoneMiddleware:
    """Spider middleware: a response that yields no item (a listing that only yields
    requests) finishes its task once its output is consumed (its requests are queued)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TaskDoneMiddleware:
        return cls(crawler)

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any]
                                          ) -> AsyncIterator[Any]:  # fmt: skip
        items = 0
        async for entry in result:
            if not hasattr(entry, "callback"):  # not a request
                items += 1
            yield entry
        task = response.request.meta.get(TASK) if response.request is not None else None
        scheduler = scheduler_of(self.crawler)
        if not items and task and scheduler is not None:
            scheduler.done(task)


def worker_settings(base: Settings, redis_url: str) -> dict[str, Any]:
    """The settings that turn a one-process crawl into a worker of the fleet."""
    prefix = base.get("ARCHIVE_REDIS_PREFIX")
    names = keys.Keys(prefix)
    pipelines = {path: order for path, order in base.getdict("ITEM_PIPELINES").items()
                 if not str(path).startswith(WRITER_STAGES)}  # fmt: skip
    pipelines["newsarchive.crawl.distributed.exporter.RedisExportPipeline"] = 800
    extensions = {**base.getdict("EXTENSIONS"), **dict.fromkeys(WRITER_EXTENSIONS)}
    extensions["newsarchive.crawl.distributed.worker.FleetWorker"] = 510
    downloader = {
        **base.getdict("DOWNLOADER_MIDDLEWARES"),
        "newsarchive.crawl.distributed.politeness.FleetPolitenessMiddleware": 950,
        "newsarchive.crawl.distributed.robots.FleetRobotsMiddleware": 102,  # after the mirror
        # validators go onto the stream (a worker has no database)
        "newsarchive.crawl.recheck_state.ValidatorsMiddleware": None,
        "newsarchive.crawl.distributed.validators.FleetValidatorsMiddleware": 95,
    }
    spider_mw = {**base.getdict("SPIDER_MIDDLEWARES"),
                 "newsarchive.crawl.distributed.worker.TaskDoneMiddleware": 10}  # fmt: skip
    return {
        "ARCHIVE_REDIS_URL": redis_url,
        "ARCHIVE_REDIS_WORKER_ID": base.get("ARCHIVE_REDIS_WORKER_ID")
        or f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}",
        "REDIS_URL": redis_url,
        "SCHEDULER": "newsarchive.crawl.distributed.scheduler.ReliableScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_CLASS": "newsarchive.crawl.distributed.scheduler.DomainFairQueue",
        "SCHEDULER_QUEUE_KEY": names.queue,
        "SCHEDULER_DUPEFILTER_KEY": names.dupefilter,
        "ARCHIVE_INCREMENTAL": False,  # the Redis sets take the archive's place
        "ITEM_PIPELINES": pipelines,
        "EXTENSIONS": extensions,
        "DOWNLOADER_MIDDLEWARES": downloader,
        "SPIDER_MIDDLEWARES": spider_mw,
    }


def format_summary(summary: list[Any], beats: dict[str, dict[str, Any]] | None = None) -> str:
    """What this worker knows, one line per spider: pages it fetched and items it put on
    the stream (``beats``: its last heartbeat per spider). A site's health is judged on the
    whole fleet's run, not on one worker's share (the other workers may have fetched all
    of a site's pages): no verdict here."""
    lines = [f"{'site':<20} {'pages':>6} {'articles':>8} {'skipped':>7} {'failures':>8}  finish"]
    for s in summary:
        beat = (beats or {}).get(s.spider, {})
        counts = " ".join(f"{int(beat.get(kind, 0)):>{width}}" for kind, width in QUEUED.items())
        lines.append(f"{s.spider:<20} {s.pages:>6} {counts}  {s.finish_reason}")
    lines.append("(pages this worker fetched and items it queued for ingest; what the fleet "
                 "stored: the crawls table, 'newsarchive stats')")  # fmt: skip
    return "\n".join(lines)


def last_beats(redis_url: str, worker_id: str, prefix: str = keys.DEFAULT_PREFIX
               ) -> dict[str, dict[str, Any]]:  # fmt: skip
    """Spider → this worker's last heartbeat for it."""
    server = keys.connect(redis_url)
    found = {}
    for name, raw in server.hgetall(keys.Keys(prefix).workers).items():
        worker, _, spider = name.decode().rpartition(":")
        if worker == worker_id:
            found[spider] = json.loads(raw)
    return found


def run_worker(slugs: list[str], redis_url: str, overrides: dict[str, Any] | None = None
               ) -> tuple[list[Any], dict[str, dict[str, Any]]]:  # fmt: skip
    """Run the given spiders (default: the enabled ones) as one worker of the fleet; the
    per-site summaries and this worker's last heartbeats."""
    from newsarchive.crawl import runner

    keys.connect(redis_url)  # fail early and clearly
    base = runner.project_settings(overrides)
    fleet = worker_settings(base, redis_url)
    if not base.get("ARCHIVE_LOG_FILE"):  # one log per worker, not the archive's
        fleet["ARCHIVE_LOG_FILE"] = f"worker-{fleet['ARCHIVE_REDIS_WORKER_ID']}.crawl.log"
    summary = runner.crawl(slugs, {**(overrides or {}), **fleet})
    beats = last_beats(
        redis_url, fleet["ARCHIVE_REDIS_WORKER_ID"], base.get("ARCHIVE_REDIS_PREFIX")
    )
    return summary, beats
