"""Stage 800: write articles, copies, failures and skipped pages to the archive."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from newsarchive.archive.crawlstate import archive_for
from newsarchive.items import ArticleItem, DropItem, FailureItem, PageItem, SkipItem, warc_fields

logger = logging.getLogger(__name__)


class StorePipeline:
    """Queue every item in the crawl's archive batch; record drops and spider errors.

    Dropped items (``item_dropped``) land in ``failures`` or, for off-topic pages, in
    ``skipped``; exceptions in spider callbacks (``spider_error``) land in ``failures``.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.spider_error, signal=signals.spider_error)
        return pipeline

    @property
    def archive(self) -> Any:
        return archive_for(self.crawler)

    def process_item(self, item: Any) -> Any:
        if isinstance(item, FailureItem):
            self.archive.add_failure(item)
            self._inc("archive/failed", f"archive/failed/{item.reason}")
        elif isinstance(item, ArticleItem):
            self.archive.add_article(item)
            self._inc("archive/copies_stored" if item.original_url else "archive/stored")
        return item

    def item_dropped(
        self, item: Any, response: Response | None, exception: Exception, spider: Spider
    ) -> None:
        url, site, title = _identity(item)
        if isinstance(exception, SkipItem):
            self.archive.add_skipped(url, site, title, exception.score, exception.reason,
                                     exception.detail, **warc_fields(item))  # fmt: skip
            self._inc("archive/skipped", f"archive/dropped/{exception.reason}")
            return
        if isinstance(exception, DropItem):
            stage, reason, detail = exception.stage, exception.reason, exception.detail
        else:
            stage, reason, detail = "pipeline", "dropped", str(exception)
        self.archive.add_failure(
            FailureItem(url, site, stage, reason, detail[:500], **warc_fields(item))
        )
        self._inc("archive/failed", f"archive/dropped/{reason}")

    def spider_error(self, failure: Failure, response: Response, spider: Spider) -> None:
        reason = type(failure.value).__name__
        detail = str(failure.value)[:500]
        self.archive.add_failure(FailureItem(response.url, spider.name, "parse", reason, detail))
        self._inc("archive/failed", "archive/failed/parse")

    def close_spider(self) -> None:
        self.archive.flush()

    def _inc(self, *keys: str) -> None:
        if self.crawler.stats is not None:
            for key in keys:
                self.crawler.stats.inc_value(key)


def _identity(item: Any) -> tuple[str, str, str]:
    """URL, site and title of any of our items."""
    if isinstance(item, ArticleItem):
        return item.url, item.site, item.title
    if isinstance(item, PageItem | FailureItem):
        return item.url, item.site, str(getattr(item, "hints", {}).get("title", ""))
    return str(getattr(item, "url", "?")), str(getattr(item, "site", "?")), ""
