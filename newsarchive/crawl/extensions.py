"""Scrapy extensions."""

from __future__ import annotations

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from newsarchive.archive.crawlstate import archive_for, release


class CrawlRecorder:
    """One ``crawls`` row per run: spider, start, end, finish reason and Scrapy's stats."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.crawl_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRecorder:
        recorder = cls(crawler)
        crawler.signals.connect(recorder.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        return recorder

    def spider_opened(self, spider: Spider) -> None:
        self.crawl_id = archive_for(self.crawler).start_crawl(spider.name)
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("archive/crawl_id", self.crawl_id)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.crawl_id is not None:
            assert self.crawler.stats is not None
            stats = self.crawler.stats.get_stats()
            archive_for(self.crawler).finish_crawl(self.crawl_id, reason, stats)
        release(self.crawler)
