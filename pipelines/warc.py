"""Stage 700: journal the crawl's failures in the WARC files, before they are stored.

A page the crawl fetched is in the WARC files already (``newsarchive.crawl.warcrecorder``).
A failure is noted there too, as a ``metadata`` record (JSON: URL, site, stage, reason,
detail), so the WARC files tell the whole crawl: ``import-warc`` rebuilds from them the
same failure rows, also for failures no response explains (robots.txt, DNS, timeouts, a
redirect loop). A failure without a recorded response points at its journal record.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from scrapy.crawler import Crawler

from newsarchive.archive.warcfiles import WarcWriter, acquire_writer, release_writer, warc_dir_for
from newsarchive.items import WARC_FIELDS, FailureItem

#: The journal entry's kind for a failure.
FAILURE_KIND = "failure"


class WarcJournalPipeline:
    """Write a journal record for every failure a spider reports (``ARCHIVE_WARC``)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.enabled = crawler.settings.getbool("ARCHIVE_WARC", True)
        self.writer: WarcWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcJournalPipeline:
        return cls(crawler)

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
        entry = {k: v for k, v in asdict(item).items() if k not in WARC_FIELDS}
        where = self._writer().write_journal(item.url, {"kind": FAILURE_KIND,
                                                        "failure": entry})  # fmt: skip
        if item.warc_file is None:
            item.warc_file, item.warc_offset = where.file, where.offset
            item.warc_record_id = where.record_id
        return item

    def close_spider(self) -> None:
        if self.writer is not None:
            release_writer(self.writer)
            self.writer = None
