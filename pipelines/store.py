"""Stage 800: write articles, copies, failures and skipped pages to the archive."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from newsarchive.archive.crawlstate import archive_for
from newsarchive.archive.rows import error_reason
from newsarchive.items import ArticleItem, DropItem, FailureItem, PageItem, SkipItem, warc_fields

logger = logging.getLogger(__name__)


class StorePipeline:
    """Queue every item in the crawl's archive batch; record drops and errors.

    Dropped items (``item_dropped``) land in ``failures`` or, for off-topic pages, in
    ``skipped``; an exception in any pipeline stage (``item_error``) lands in
    ``failures`` with that stage and the exception's name as reason; exceptions in spider
    callbacks (``spider_error``) too, with stage ``parse``.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.item_error, signal=signals.item_error)
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
            title = exception.title or title
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

    def item_error(
        self, item: Any, response: Response | None, spider: Spider, failure: Failure
    ) -> None:
        """An exception in a pipeline stage: a ``failures`` row with the stage it came from."""
        url, site, _title = _identity(item)
        error = failure.value if isinstance(failure.value, BaseException) else Exception()
        stage = failing_stage(failure)
        reason = error_reason(error)
        detail = f"{type(error).__name__}: {error}"[:500]
        self.archive.add_failure(FailureItem(url, site, stage, reason, detail, **warc_fields(item)))
        self._inc("archive/failed", f"archive/failed/{stage}/{reason}")

    def spider_error(self, failure: Failure, response: Response, spider: Spider) -> None:
        reason = type(failure.value).__name__
        detail = str(failure.value)[:500]
        located = (getattr(response, "meta", None) or {}).get("archive_parse_failure", {})
        self.archive.add_failure(
            FailureItem(response.url, spider.name, "parse", reason, detail, **located)
        )
        self._inc("archive/failed", "archive/failed/parse")

    def close_spider(self) -> None:
        self.archive.flush()

    def _inc(self, *keys: str) -> None:
        if self.crawler.stats is not None:
            for key in keys:
                self.crawler.stats.inc_value(key)


#: This package's folder: a traceback frame in one of its modules names the stage.
_STAGES = Path(__file__).resolve().parent


def failing_stage(failure: Failure) -> str:
    """The pipeline stage (module of ``pipelines/``) whose code raised, else ``pipeline``."""
    stage = "pipeline"
    for frame in failure.frames:
        path = Path(frame[1])
        if path.parent.resolve() == _STAGES and path.stem != "__init__":
            stage = path.stem
    return stage


def _identity(item: Any) -> tuple[str, str, str]:
    """URL, site and title of any of our items."""
    if isinstance(item, ArticleItem):
        return item.url, item.site, item.title
    if isinstance(item, PageItem | FailureItem):
        return item.url, item.site, str(getattr(item, "hints", {}).get("title", ""))
    return str(getattr(item, "url", "?")), str(getattr(item, "site", "?")), ""
