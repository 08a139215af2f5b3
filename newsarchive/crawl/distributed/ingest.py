"""``newsarchive ingest``: the one writer of the SQLite file in distributed mode.

Reads the items the workers put on the Redis stream with a consumer group, passes them
through the one-process writer stages (dedupe, store: the ``ITEM_PIPELINES`` entries
under ``pipelines.dedupe`` and ``pipelines.store``), commits the batch, and only then
acknowledges (``XACK``) and deletes its entries. A crash of the writer loses nothing:
its unacknowledged entries are read again on restart (or claimed by another ingest after
``ARCHIVE_REDIS_CLAIM_SECONDS``), and storing them again changes nothing (rows are
upserted by URL). After each commit the stored URLs join the archived set the workers'
incremental check reads.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis
import scrapy
from scrapy.crawler import Crawler
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.misc import load_object

from newsarchive.archive import crawlstate, storage
from newsarchive.archive.crawlstate import archive_for
from newsarchive.archive.known import archived_urls
from newsarchive.archive.warcfiles import stored_name, warc_dir_for
from newsarchive.crawl import runner
from newsarchive.crawl.distributed import keys
from newsarchive.crawl.distributed.warcqueue import count_outcomes, warc_files_left
from newsarchive.crawl.distributed.worker import WRITER_STAGES
from newsarchive.items import ArticleItem, FailureItem, SkipItem

logger = logging.getLogger(__name__)

#: The ``crawls`` row's stat of each outcome of an item (as the store stage counts them).
RUN_STATS = {"imported": "archive/stored", "copies": "archive/copies_stored",
             "skipped": "archive/skipped", "failed": "archive/failed"}  # fmt: skip
#: Seconds the per-run counts are kept in Redis (a run's end may come much later).
RUN_COUNTS_TTL = 7 * 86400


class IngestSpider(scrapy.Spider):
    """Stands for the spiders of the fleet in the writer stages' signal handlers."""

    name = "ingest"


@dataclass
class IngestTotals:
    """What one ingest run did."""

    batches: int = 0
    articles: int = 0
    failures: int = 0
    skipped: int = 0
    redelivered: int = 0
    crawls: int = 0  #: ``crawls`` rows written (one per worker's run of a spider)
    started: float = field(default_factory=time.monotonic)

    @property
    def items(self) -> int:
        return self.articles + self.failures + self.skipped

    def line(self) -> str:
        seconds = max(time.monotonic() - self.started, 1e-9)
        return (f"ingested {self.items} items ({self.articles} articles, {self.skipped} "
                f"skipped, {self.failures} failures) in {self.batches} batches, "
                f"{self.items / seconds:.1f} items/s")  # fmt: skip


class Ingest:
    """Stream → writer stages → commit → ``XACK``, in batches."""

    def __init__(self, server: Any, db: str, consumer: str = "ingest-1",
                 overrides: dict[str, Any] | None = None) -> None:  # fmt: skip
        settings = runner.project_settings({**(overrides or {}), "ARCHIVE_DB": db})
        self.batch = settings.getint("ARCHIVE_REDIS_BATCH")
        settings.set("ARCHIVE_BATCH_SIZE", self.batch * 4 + 1, priority="cmdline")
        settings.set("ARCHIVE_FLUSH_SECONDS", 1e9, priority="cmdline")  # we commit
        self.server = server
        self.keys = keys.Keys(settings.get("ARCHIVE_REDIS_PREFIX"))
        self.consumer = consumer
        self.db = db
        self.warc_dir = warc_dir_for(db, settings.get("ARCHIVE_WARC_DIR", "")).resolve()
        self.claim_ms = int(settings.getfloat("ARCHIVE_REDIS_CLAIM_SECONDS") * 1000)
        self.worker_timeout = settings.getfloat("ARCHIVE_REDIS_WORKER_TIMEOUT")
        self.crawler = Crawler(IngestSpider, settings)
        self.crawler.stats = MemoryStatsCollector(self.crawler)
        self.spider = IngestSpider()
        stages = sorted((order, path) for path, order in settings.getdict("ITEM_PIPELINES").items()
                        if str(path).startswith(WRITER_STAGES))  # fmt: skip
        self.stages = [load_object(path).from_crawler(self.crawler) for _, path in stages]
        self.loop = asyncio.new_event_loop()
        self.totals = IngestTotals()
        self.pending_first = True

    def setup(self) -> None:
        """Create the consumer group; put the archive's URLs into the archived set."""
        try:
            self.server.xgroup_create(self.keys.stream, self.keys.group, id="0", mkstream=True)
        except redis.ResponseError as error:
            if "BUSYGROUP" not in str(error):
                raise
        storage.open_db(self.db).close()
        for chunk in archived_urls(self.db):
            self.server.sadd(self.keys.archived, *chunk)

    def _call(self, function: Callable[..., Any], *args: Any) -> Any:
        result = function(*args)
        if inspect.isawaitable(result):
            result = self.loop.run_until_complete(result)
        return result

    def read(self, block_ms: int) -> list[tuple[bytes, dict[bytes, bytes]]]:
        """The next entries: this consumer's unacknowledged ones first (after a crash),
        then entries other consumers left idle too long, then new ones."""
        if self.pending_first:
            answer = self.server.xreadgroup(self.keys.group, self.consumer,
                                            {self.keys.stream: "0"}, count=self.batch)  # fmt: skip
            entries = answer[0][1] if answer else []
            if entries:
                self.totals.redelivered += len(entries)
                return list(entries)
            self.pending_first = False
        claimed = self.server.xautoclaim(self.keys.stream, self.keys.group, self.consumer,
                                         self.claim_ms, "0-0", count=self.batch)  # fmt: skip
        if claimed and claimed[1]:
            self.totals.redelivered += len(claimed[1])
            return [e for e in claimed[1] if e[1]]
        answer = self.server.xreadgroup(self.keys.group, self.consumer, {self.keys.stream: ">"},
                                        count=self.batch, block=block_ms)  # fmt: skip
        return list(answer[0][1]) if answer else []

    def store(self, entries: list[tuple[bytes, dict[bytes, bytes]]]) -> None:
        """Pass a batch through the writer stages, commit, then acknowledge it (and count
        the outcomes of WARC import jobs, in the same Redis transaction)."""
        urls: list[str] = []
        counted: list[tuple[str, str, str, str]] = []  # job, source, outcome, record
        runs: Counter[tuple[str, str]] = Counter()  # (run, stat) → items stored
        for _entry_id, fields in entries:
            kind, data = keys.decode(fields)
            if kind == "crawl":
                self.record_crawl(data, runs)
                continue
            if kind == "validators":
                self.record_validators(data["rows"])
                continue
            outcome, record = self.store_one(kind, data, urls)
            job, source = keys.job_of(fields), str(data.get("source_archive") or "")
            if job and source:
                counted.append((job, source, outcome, record))
            if run := keys.run_of(fields):
                runs[run, RUN_STATS[outcome]] += 1
        for stage in self.stages:  # commit (store) and forget the batch's texts (dedupe)
            if hasattr(stage, "close_spider"):
                self._call(stage.close_spider)
        ids = [entry_id for entry_id, _ in entries]
        with self.server.pipeline() as pipe:
            if urls:
                pipe.sadd(self.keys.archived, *urls)
            if counted:
                count_outcomes(pipe, self.keys.prefix, counted)
            for (run, stat), count in runs.items():
                pipe.hincrby(self.keys.run_counts(run), stat, count)
                pipe.expire(self.keys.run_counts(run), RUN_COUNTS_TTL)
            pipe.xack(self.keys.stream, self.keys.group, *ids)
            pipe.xdel(self.keys.stream, *ids)
            stored = self.keys.stored(keys.bucket())
            pipe.incrby(stored, len(entries))
            pipe.expire(stored, 120)
            pipe.execute()
        self.totals.batches += 1

    def record_validators(self, rows: list[dict[str, Any]]) -> None:
        """Upsert a worker's batch of ``validators`` rows (committed with the batch)."""
        if rows:
            table = archive_for(self.crawler).db.table("validators")
            table.upsert_all(rows, pk="url")

    def record_crawl(self, data: dict[str, Any], batch: Counter[tuple[str, str]]) -> None:
        """One ``crawls`` row for a worker's finished run of a spider: the worker's stats
        with what ingest stored of its items (once, also when the entry comes again)."""
        run, stats = str(data["run"]), dict(data["stats"])
        archive = archive_for(self.crawler)
        found = archive.conn.execute(
            "SELECT 1 FROM crawls WHERE json_extract(stats, '$.\"archive/redis/run\"') = ?", [run]
        ).fetchone()
        if found:
            return
        stored = {k.decode(): int(v) for k, v in
                  self.server.hgetall(self.keys.run_counts(run)).items()}  # fmt: skip
        for stat in RUN_STATS.values():
            stats[stat] = stored.get(stat, 0) + batch[run, stat]
        stats["archive/redis/run"] = run
        started = str(stats.get("start_time") or "").replace(" ", "T", 1) or None
        crawl_id = archive.start_crawl(str(data["spider"]), started)
        archive.finish_crawl(crawl_id, str(data["reason"]), stats)
        self.totals.crawls += 1

    def store_one(self, kind: str, data: dict[str, Any], urls: list[str]) -> tuple[str, str]:
        """Store one entry; its outcome (as ``import-warc`` counts it) and the id of its
        record within its WARC file."""
        if data.get("warc_file"):
            data["warc_file"] = self.warc_name(str(data["warc_file"]))
        if kind == "article":
            record = f"{data.get('warc_offset')}|{data['url']}"
            item: Any = ArticleItem(**data)
            for stage in self.stages:
                if hasattr(stage, "process_item"):
                    item = self._call(stage.process_item, item)
            urls.append(item.url)
            self.totals.articles += 1
            return ("copies" if item.original_url else "imported"), record
        if kind == "skipped":
            page = ArticleItem(url=data["url"], site=data["site"], title=data["title"],
                               source_archive=data.get("source_archive") or None)  # fmt: skip
            error = SkipItem(data["reason"], float(data["score"]), data["detail"])
            for stage in self.stages:
                if hasattr(stage, "item_dropped"):
                    self._call(stage.item_dropped, page, None, error, self.spider)
            urls.append(data["url"])
            self.totals.skipped += 1
            return "skipped", f"|{data['url']}"
        failure: Any = FailureItem(**data)
        for stage in self.stages:
            if hasattr(stage, "process_item"):
                failure = self._call(stage.process_item, failure)
        self.totals.failures += 1
        return "failed", f"{data.get('warc_offset')}|{data['url']}|{data['stage']}"

    def warc_name(self, name: str) -> str:
        """How the archive names a WARC file (workers send absolute paths): relative to
        the database's folder for a file in the archive's WARC directory, as one process
        names it; anything else as sent."""
        path = Path(name)
        if path.is_absolute() and path.resolve().is_relative_to(self.warc_dir):
            return stored_name(path, self.db)
        return name

    def fleet_done(self) -> bool:
        """Some worker has run, none is alive, no WARC file is queued or being read,
        nothing waits on the stream or is unacknowledged."""
        if warc_files_left(self.server, self.keys.prefix):
            return False  # workers (maybe not started yet) will read them
        now = time.time()
        beats = self.server.hvals(self.keys.workers)
        if not beats:
            return False  # the workers have not started yet
        for raw in beats:
            beat = json.loads(raw)
            if beat.get("state") != "closed" and now - float(beat["seen"]) < self.worker_timeout:
                return False
        pending = self.server.xpending(self.keys.stream, self.keys.group)
        return not pending["pending"] and not self.server.xlen(self.keys.stream)

    def run(self, until_done: bool = False, idle_seconds: float = 3.0,
            progress: Callable[[str], None] | None = None) -> IngestTotals:  # fmt: skip
        """Ingest until interrupted, or (``until_done``) until the fleet has finished and
        the stream has been empty for ``idle_seconds``."""
        self.setup()
        idle_since = time.monotonic()
        last_report = time.monotonic()
        try:
            while True:
                entries = self.read(block_ms=500)
                if entries:
                    self.store(entries)
                    idle_since = time.monotonic()
                elif until_done and time.monotonic() - idle_since >= idle_seconds \
                        and self.fleet_done():  # fmt: skip
                    break
                if progress and time.monotonic() - last_report >= 30:
                    progress(self.totals.line())
                    last_report = time.monotonic()
        finally:
            for stage in self.stages:
                if hasattr(stage, "close_spider"):
                    self._call(stage.close_spider)
            crawlstate.release(self.crawler)
            self.loop.close()
        return self.totals
