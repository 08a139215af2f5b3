"""The Wayback Machine: a site's historic articles, from the archive of the web.

``scrapy crawl wayback -a site=welt -a from=2008 -a to=2014`` (or ``newsarchive
crawl-history welt --from 2008 --to 2014``) asks the CDX API for every HTML capture
under the site's ``HISTORY_PREFIXES`` (its sections), keeps one capture per address
that passes the site spider's URL filters and names a topic word, fetches the raw
capture and hands it on under its ORIGINAL address, with the capture's address and
time in ``archive_url`` / ``archived_at``. The site spider's extraction rules apply.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from scrapy.settings import BaseSettings
from scrapy.spiderloader import get_spider_loader

from newsarchive.crawl import wayback
from newsarchive.crawl.base import ArchiveSpider
from newsarchive.crawl.warcrecorder import fetched_at, located
from newsarchive.items import PageItem


class WaybackSpider(ArchiveSpider):
    name = "wayback"
    site_name = "Wayback Machine"
    #: Needs ``-a site=<slug>``: never part of a crawl of "all" spiders.
    NEEDS_ARGUMENTS: ClassVar[bool] = True
    custom_settings = {  # noqa: RUF012 (Scrapy declares it an instance variable)
        "CONCURRENT_REQUESTS": 2,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 0.5,
        "RETRY_HTTP_CODES": [500, 502, 504, 522, 524, 408],
        "DOWNLOADER_MIDDLEWARES": {
            "newsarchive.crawl.middlewares.BaseUrlMiddleware": 40,
            "newsarchive.crawl.wayback.RetryAfterMiddleware": 560,
            "newsarchive.crawl.warcrecorder.WarcRecorder": 950,
        },
    }

    def __init__(self, site: str = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.site = site
        self.target: ArchiveSpider | None = None
        self.year_from = 2008
        self.year_to = 2014
        self.words: list[str] = []
        self.cdx_limit = 1000
        self.max_cdx_pages = 0

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        settings.set("DOWNLOAD_DELAY", settings.getfloat("ARCHIVE_WAYBACK_DELAY", 3.0),
                     priority="spider")  # fmt: skip

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> WaybackSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        assert isinstance(spider, WaybackSpider)
        settings = crawler.settings
        if not spider.site:
            raise ValueError("wayback needs the site to crawl: -a site=<slug>")
        target_cls = get_spider_loader(settings).load(spider.site)
        if not issubclass(target_cls, ArchiveSpider) or target_cls is cls:
            raise ValueError(f"{spider.site} is not a site spider")
        spider.target = target_cls()
        spider.RULES = target_cls.RULES  # type: ignore[misc]
        spider.site_name = target_cls.site_name  # type: ignore[misc]
        spider.year_from = int(kwargs.get("from", settings.getint("ARCHIVE_WAYBACK_FROM", 2008)))
        spider.year_to = int(kwargs.get("to", settings.getint("ARCHIVE_WAYBACK_TO", 2014)))
        spider.words = settings.getlist("ARCHIVE_WAYBACK_URL_WORDS")
        spider.cdx_limit = settings.getint("ARCHIVE_WAYBACK_CDX_LIMIT", 1000)
        spider.max_cdx_pages = settings.getint("ARCHIVE_WAYBACK_CDX_PAGES", 0)
        return spider

    def prefixes(self) -> list[str]:
        """CDX URL prefixes: the target's sections, else each of its domains."""
        assert self.target is not None
        return list(self.target.HISTORY_PREFIXES) or list(self.target.allowed_domains)

    async def start(self) -> AsyncIterator[Any]:
        for prefix in self.prefixes():
            yield self.cdx_request(prefix)

    def cdx_request(self, prefix: str, resume: str | None = None, page: int = 1) -> scrapy.Request:
        """One page of the CDX listing of a prefix."""
        url = wayback.cdx_query(prefix, self.year_from, self.year_to, self.cdx_limit, resume)
        return scrapy.Request(url, callback=self.parse_cdx, errback=self.on_error,
                              cb_kwargs={"prefix": prefix, "page": page})  # fmt: skip

    def parse_cdx(self, response: Response, prefix: str, page: int) -> Iterator[Any]:
        """Request the wanted captures of a CDX page, then the next page."""
        try:
            captures, resume = wayback.parse_cdx(response.body)
        except wayback.CdxError as error:
            yield self.failure(response.url, "discovery", "bad-cdx", str(error), response.meta)
            return
        self.crawler.stats.inc_value("archive/wayback/captures", len(captures))
        for capture in captures:
            if self.limit_reached():
                return
            if not self.wants_capture(capture):
                continue
            self.count_request(capture.original)
            yield scrapy.Request(capture.raw_url, callback=self.parse_capture,
                                 errback=self.on_error, cb_kwargs={"capture": capture},
                                 meta={"archive_real_url": capture.original})  # fmt: skip
        if resume and (not self.max_cdx_pages or page < self.max_cdx_pages):
            yield self.cdx_request(prefix, resume, page + 1)

    def wants_capture(self, capture: wayback.Capture) -> bool:
        """The target site's filters, a topic word in the URL, not yet archived."""
        assert self.target is not None
        if not self.target.url_is_allowed(capture.original):
            self.crawler.stats.inc_value("archive/discovery/filtered")
            return False
        if not wayback.has_topic_word(capture.original, self.words):
            self.crawler.stats.inc_value("archive/wayback/off_topic_url")
            return False
        return not self.is_known(capture.original)

    def parse_capture(self, response: Response, capture: wayback.Capture) -> Iterator[PageItem]:
        """The capture as the target site's page, under its original address."""
        encoding = response.encoding if isinstance(response, TextResponse) else None
        yield PageItem(
            url=capture.original, site=self.site, body=response.body, encoding=encoding,
            status=response.status, fetched_at=fetched_at(response.meta),
            request_url=capture.original, hints={"archived": capture.archived_at},
            archive_url=capture.archive_url, archived_at=capture.archived_at,
            **located(response.meta),
        )  # fmt: skip
