"""``newsarchive reextract``: the archived pages through extract → classify → dedupe →
store again, read from the WARC files, without the network.

:class:`ReextractSpider` streams the rows that point at a page (articles, copies,
skipped pages, extraction failures) in WARC order, reads each page back
(:meth:`~newsarchive.crawl.warcpages.RecordReader.page_at`: the same page item the crawl
made, hints and all) and hands it to the pipeline. Signals tell what became of it; the
old row is compared with the new one (a summary per field, per move and per site) and
retired when the page now lands elsewhere (``skipped`` → ``articles`` and back). Moves and
the run's position are written in the batch's own transaction, so a run stopped at any
point resumes where its last batch committed (``reextract_runs``).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import AsyncIterator
from contextlib import suppress
from datetime import datetime
from typing import Any

import scrapy
import sqlite_utils
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.logformatter import LogFormatter, LogFormatterResult
from scrapy.settings import BaseSettings

from newsarchive.archive import reextraction, storage
from newsarchive.archive.crawlstate import archive_for
from newsarchive.archive.dedupe import fingerprint
from newsarchive.archive.reextraction import StoredRow, Summary
from newsarchive.archive.warcfiles import resolve
from newsarchive.archive.warcread import WarcDamage
from newsarchive.crawl.progress import Progress
from newsarchive.crawl.runner import run_offline_spider
from newsarchive.crawl.warcpages import RecordReader
from newsarchive.crawl.warcsites import MediumSite, SiteMatcher
from newsarchive.items import ArticleItem, DropItem, PageItem, SkipItem
from pipelines.jobs import STORED_ATTRIBUTE, StoredVerdict
from pipelines.store import StorePipeline
from pipelines.store import _identity as stored_identity

#: The project's store stage, replaced by :class:`ReextractStorePipeline` in a run.
STORE = "pipelines.store.StorePipeline"

#: Pages handed to the pipeline and not yet stored (bounds memory).
MAX_IN_FLIGHT = 32

Position = tuple[str, int]


class ReextractSpider(scrapy.Spider):
    """Reads the archive's pages back from the WARC files (no requests)."""

    name = "reextract"

    def __init__(self, site: str | None = None, since: str | None = None,
                 restart: bool = False, *args: Any, **kwargs: Any) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self.site_filter = site or None
        self.since = since or None
        self.restart = restart
        self.db_path = ""
        self.matcher = SiteMatcher({}, german=True)
        self.summary = Summary()
        self.run_id = 0
        self.rows: dict[Position, StoredRow] = {}  #: in flight
        self.order: deque[Position] = deque()  #: dispatched, oldest first
        self.finished: set[Position] = set()
        self.position: Position | None = None  #: every page up to here is stored
        self.done = 0
        self.actions: list[tuple[StoredRow, str | None]] = []  #: rows to retire, next commit
        self.progress: Progress | None = None
        self.reader: RecordReader | None = None  #: of the WARC file being read
        self.completed_here = 0  #: pages done by this process (a resumed run did more)
        self._done_event = asyncio.Event()  #: set when a page is done

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ReextractSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        assert isinstance(spider, ReextractSpider)
        from newsarchive.crawl.sources import spider_classes

        spider.db_path = str(crawler.settings.get("ARCHIVE_DB"))
        spider.matcher = SiteMatcher(spider_classes(), german=True)
        crawler.signals.connect(spider.item_error, signal=signals.item_error)
        return spider

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        """The store stage is :class:`ReextractStorePipeline` (it asks the spider first);
        the log formatter :class:`ReextractLogFormatter`."""
        super().update_settings(settings)
        stages = dict(settings.getdict("ITEM_PIPELINES"))
        order = stages.pop(STORE, 800)
        stages[f"{__name__}.ReextractStorePipeline"] = order
        settings.set("ITEM_PIPELINES", stages, priority="spider")
        settings.set("LOG_FORMATTER", f"{__name__}.ReextractLogFormatter", priority="spider")

    def spider_for(self, page: PageItem) -> scrapy.Spider | MediumSite:
        """The site spider whose rules extract ``page``."""
        return self.matcher.spider(page.site)

    # --- reading ---------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        archive = archive_for(self.crawler)
        archive.commit_hooks.append(self.on_commit)
        reader_db = storage.open_db(self.db_path)
        options = {"site": self.site_filter, "since": self.since}
        total = reextraction.count_rows(reader_db, self.site_filter, self.since)
        self.run_id, self.position, self.summary = reextraction.open_run(
            archive.db, options, total, self.restart)  # fmt: skip
        self.done = self.summary.rows
        self.progress = Progress(total)
        self.progress.update(self.done, "", force=True)
        try:
            for row in reextraction.iter_rows(reader_db, self.site_filter, self.since,
                                              self.position):  # fmt: skip
                page = self.read(row)
                if page is None:
                    continue
                while len(self.rows) >= MAX_IN_FLIGHT:
                    await self.page_done()
                yield page
        finally:
            reader_db.close()
            if self.reader is not None:
                self.reader.close()
                self.reader = None
        while self.rows:
            await self.page_done()
        self.mark("reextract/last_page_seconds")
        archive.flush()
        with archive.db.atomic():
            self.on_commit(archive.db, finished=True)
        self.progress.finish()

    async def page_done(self) -> None:
        """Until a page in flight is done (woken by :meth:`complete`, not by polling;
        a look every half second all the same)."""
        self._done_event.clear()
        with suppress(TimeoutError):
            await asyncio.wait_for(self._done_event.wait(), 0.5)

    def read(self, row: StoredRow) -> PageItem | None:
        """The row's page from its WARC record (``None`` if unreadable: row kept)."""
        self.order.append(row.position)
        path = resolve(row.warc_file, self.db_path)
        if self.reader is None or self.reader.source != path:
            if self.reader is not None:
                self.reader.close()
            self.reader = RecordReader(path, self.matcher)  # one open file per WARC file
        try:
            page = self.reader.page_at(row.warc_offset, row.site)
        except (WarcDamage, OSError) as error:
            self.logger.warning("cannot read %s at %s: %s", row.warc_file, row.warc_offset, error)
            self.summary.unreadable += 1
            self.summary.note(row.site, "unreadable")
            self.complete(row.position)
            return None
        page.warc_file, page.warc_offset = row.warc_file, row.warc_offset
        page.source_archive = row.source_archive
        if row.verdict is not None:  # the extract stage may reuse it (same inputs' key)
            setattr(page, STORED_ATTRIBUTE, StoredVerdict(*row.verdict))
        self.rows[row.position] = row
        return page

    def complete(self, position: Position) -> None:
        """Note a page done; move the run's position over every page done in order."""
        self.finished.add(position)
        self._done_event.set()
        self.completed_here += 1
        if self.completed_here == 1:
            self.mark("reextract/first_page_seconds")
        self.done += 1
        self.summary.rows += 1
        while self.order and self.order[0] in self.finished:
            self.position = self.order.popleft()
            self.finished.discard(self.position)
        if self.progress is not None:
            self.progress.update(self.done, f"{self.summary.changed} changed, "
                                 f"{sum(self.summary.moved.values())} moved")  # fmt: skip

    def text_unchanged(self, item: ArticleItem) -> bool:
        """Whether ``item`` is the page of a stored article and its text (lead, body
        hash) is the stored one: then the article's place as an original stands, and the
        dedupe stage skips its look-up (and its fingerprints, see
        :class:`ReextractStorePipeline`)."""
        row = self.rows.get((item.warc_file, item.warc_offset))  # type: ignore[arg-type]
        return (row is not None and row.table == "articles" and row.url == item.url
                and bool(item.content_hash) and row.data.get("content_hash") == item.content_hash
                and (row.data.get("lead") or "") == (item.lead or ""))  # fmt: skip

    def mark(self, key: str) -> None:
        """Seconds since the run started, as the stat ``key`` (with the pages done so far):
        the benchmark's steady rate leaves out the worker pool's start and stop."""
        stats = self.crawler.stats
        started = stats.get_value("start_time") if stats is not None else None
        if stats is not None and isinstance(started, datetime):
            stats.set_value(key, (datetime.now(started.tzinfo) - started).total_seconds())
            stats.set_value("reextract/pages", self.completed_here)

    # --- outcomes --------------------------------------------------------------------

    def _row(self, item: Any) -> StoredRow | None:
        key = (getattr(item, "warc_file", None), getattr(item, "warc_offset", None))
        return self.rows.pop(key, None)  # type: ignore[arg-type]

    def article_outcome(self, item: ArticleItem) -> bool:
        """Note what became of an article's page (before it is stored); ``True`` if its
        stored row stays as it is (the store stage then leaves it alone)."""
        row = self._row(item)
        if row is None:
            return False
        table = "copies" if item.original_url else "articles"
        new = storage.copy_row(item) if item.original_url else reextraction.compared_article(item)
        return self.outcome(row, table, item.url, new, item.original_url or item.url)

    def dropped_outcome(self, item: Any, exception: Exception) -> bool:
        """As :meth:`article_outcome`, for a page dropped as off-topic or failed."""
        row = self._row(item)
        if row is None:
            return False
        url, _, title = stored_identity(item)  # the dropped item as the spider yielded it
        if isinstance(exception, SkipItem):
            new = {"url": url, "title": exception.title or title,
                   "relevance": exception.score, "reason": exception.reason}  # fmt: skip
            return self.outcome(row, "skipped", url, new, None)
        reason = exception.reason if isinstance(exception, DropItem) else "dropped"
        return self.outcome(row, "failures", url, {"url": url, "reason": reason}, None)

    def item_error(self, item: Any) -> None:
        row = self._row(item)
        if row is not None:
            self.outcome(row, "failures", row.url, {"url": row.url, "reason": "error"}, None)

    def outcome(self, row: StoredRow, table: str, url: str, new: dict[str, Any],
                replaced_by: str | None) -> bool:  # fmt: skip
        """Compare the old row with what the page gives now; queue the move, if any;
        ``True`` if the stored row is what the page gives now."""
        summary, unchanged = self.summary, False
        if table == "failures" and row.table != "failures":
            summary.failed_now += 1  # the old row stays: nothing is lost
            summary.note(row.site, "failed now")
        elif (table, url) == (row.table, row.url):
            fields = reextraction.changed_fields(row.data, new, table)
            if fields:
                summary.changed += 1
                summary.fields.update(fields)
                summary.note(row.site, "changed")
            else:
                summary.unchanged += 1
                unchanged = True
        else:
            move = f"{row.table} → {table}" if table != row.table else f"{table}: new address"
            summary.moved[move] += 1
            summary.note(row.site, "moved")
            if table == "articles" and row.table == "articles":
                summary.fields.update(["url"])
            self.actions.append((row, replaced_by))
        self.complete(row.position)
        return unchanged

    def on_commit(self, db: sqlite_utils.Database, finished: bool = False) -> None:
        """Inside the batch's transaction: retire moved rows, save the run's position and
        summary."""
        actions, self.actions = self.actions, []
        for row, replaced_by in actions:
            stage = row.data.get("stage") if row.table == "failures" else None
            reextraction.retire(db, row.table, row.url, replaced_by, stage)
        reextraction.save_run(db, self.run_id, self.position, self.done, self.summary,
                              finished)  # fmt: skip


class ReextractStorePipeline(StorePipeline):
    """The store stage of a re-extraction: the spider notes what became of each page
    first (in this order, so a move and the new row share a batch); a page whose stored
    row would not change is not written again (no upsert, search index, facet or link
    rewrites: most pages of a run after a small rule change)."""

    def _spider(self) -> ReextractSpider | None:
        spider = self.crawler.spider
        return spider if isinstance(spider, ReextractSpider) else None

    def process_item(self, item: Any) -> Any:
        spider = self._spider()
        if spider is not None and isinstance(item, ArticleItem):
            if spider.article_outcome(item):
                self._inc("archive/unchanged")
                return item
            if not item.original_url and not item.fingerprints:  # dedupe skipped it
                item.fingerprints = fingerprint(f"{item.lead}\n{item.body}")
        return super().process_item(item)

    def item_dropped(self, item: Any, response: Response | None, exception: Exception,
                     spider: scrapy.Spider) -> None:  # fmt: skip
        ours = self._spider()
        if ours is not None and ours.dropped_outcome(item, exception):
            self._inc("archive/unchanged")
            return
        super().item_dropped(item, response, exception, spider)


class ReextractLogFormatter(LogFormatter):
    """Scrapy's log lines, without the ``Scraped from`` line of every page unless the run
    logs at ``DEBUG`` (else Scrapy makes that record, item and all, for every page read
    again, and the log handler throws it away)."""

    def __init__(self, debug: bool = False) -> None:
        self.debug = debug

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReextractLogFormatter:
        level = crawler.settings.get("LOG_LEVEL", "DEBUG")
        number = level if isinstance(level, int) else logging.getLevelName(str(level).upper())
        return cls(not isinstance(number, int) or number <= logging.DEBUG)

    def scraped(self, item: Any, response: Any, spider: scrapy.Spider) -> LogFormatterResult:
        return super().scraped(item, response, spider) if self.debug else None  # type: ignore[return-value]


def run_reextract(overrides: dict[str, Any] | None = None, site: str | None = None,
                  since: str | None = None, restart: bool = False) -> Summary:  # fmt: skip
    """Re-extract the archive (``ARCHIVE_DB`` of ``overrides``) in this process."""
    spider = run_offline_spider(ReextractSpider, overrides, site=site, since=since,
                                restart=restart)  # fmt: skip
    return spider.summary if isinstance(spider, ReextractSpider) else Summary()


def format_summary(summary: Summary) -> str:
    """A short report: rows read, what changed per field, move and site."""
    moved = sum(summary.moved.values())
    lines = [f"re-extracted {summary.rows} pages: {summary.unchanged} unchanged, "
             f"{summary.changed} changed, {moved} moved, {summary.failed_now} no longer "
             f"extract (kept), {summary.unreadable} unreadable (kept)"]  # fmt: skip
    if summary.fields:
        lines.append("fields changed: " + ", ".join(
            f"{k} {v}" for k, v in summary.fields.most_common()))  # fmt: skip
    if summary.moved:
        lines.append("moves: " + ", ".join(f"{k} {v}" for k, v in summary.moved.most_common()))
    for site, counts in sorted(summary.sites.items()):
        lines.append(f"  {site}: " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
    return "\n".join(lines)
