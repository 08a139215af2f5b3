"""Stage 700: journal the crawl's failures in the WARC files, before they are stored.

A page the crawl fetched is in the WARC files already (``newsarchive.crawl.warcrecorder``).
A failure is noted there too, as a ``metadata`` record (JSON: URL, site, stage, reason,
detail), so the WARC files tell the whole crawl: ``import-warc`` rebuilds from them the
same failure rows, also for failures no response explains (robots.txt, DNS, timeouts, a
redirect loop). A failure without a recorded response points at its journal record.

Exceptions in spider callbacks (Scrapy's ``spider_error``: a ``parse`` failure, which is
no item) are journaled the same way: the stage listens to that signal before the store
stage does and hands the journal record's location on in the response's ``meta``
(:data:`PARSE_FAILURE_META`), where the store stage's ``spider_error`` takes it.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from newsarchive.archive.warcfiles import (
    RESPONSE_META,
    WarcWriter,
    acquire_writer,
    release_writer,
    warc_dir_for,
)
from newsarchive.items import WARC_FIELDS, FailureItem

#: The journal entry's kind for a failure.
FAILURE_KIND = "failure"
#: ``response.meta`` key: the ``warc_*`` fields of a parse failure's journal record.
PARSE_FAILURE_META = "archive_parse_failure"


class WarcJournalPipeline:
    """Write a journal record for every failure a spider reports (``ARCHIVE_WARC``)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.enabled = crawler.settings.getbool("ARCHIVE_WARC", True)
        self.writer: WarcWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcJournalPipeline:
        pipeline = cls(crawler)
        # connected before the store stage's receiver (stages are built in their order)
        crawler.signals.connect(pipeline.spider_error, signal=signals.spider_error)
        return pipeline

    def _writer(self) -> WarcWriter:
        if self.writer is None:
            settings = self.crawler.settings
            db = settings.get("ARCHIVE_DB")
            self.writer = acquire_writer(
                warc_dir_for(db, settings.get("ARCHIVE_WARC_DIR", "")), db,
                max_bytes=settings.getint("ARCHIVE_WARC_MAX_BYTES", 10**9),
            )  # fmt: skip
        return self.writer

    def process_item(self, item: Any) -> Any:
        # failures an import read from a WARC file are journaled there already
        if not self.enabled or not isinstance(item, FailureItem) or item.source_archive:
            return item
        self.journal(item)
        return item

    def journal(self, item: FailureItem, page_id: str | None = None) -> None:
        """Write the failure's journal record; a failure without a page points at it
        (``page_id``: the record id of the page whose parse failed, so an import of the
        file leaves that page out, as the crawl did)."""
        entry = {k: v for k, v in asdict(item).items() if k not in WARC_FIELDS}
        found = {"kind": FAILURE_KIND, "failure": entry, **({"page": page_id} if page_id else {})}
        where = self._writer().write_journal(item.url, found)
        if item.warc_file is None:
            item.warc_file, item.warc_offset = where.file, where.offset
            item.warc_record_id = where.record_id

    def spider_error(self, failure: Failure, response: Response, spider: Spider) -> None:
        """Journal an exception of a spider callback as the store stage will record it
        (stage ``parse``, the exception's class name as reason)."""
        meta = getattr(response, "meta", None)  # (a response without its request: none)
        if not self.enabled or meta is None:
            return
        item = FailureItem(response.url, spider.name, "parse", type(failure.value).__name__,
                           str(failure.value)[:500])  # fmt: skip
        self.journal(item, (meta.get(RESPONSE_META) or {}).get("record_id"))
        meta[PARSE_FAILURE_META] = {"warc_file": item.warc_file, "warc_offset": item.warc_offset,
                                    "warc_record_id": item.warc_record_id}  # fmt: skip

    def close_spider(self) -> None:
        if self.writer is not None:
            release_writer(self.writer)
            self.writer = None
