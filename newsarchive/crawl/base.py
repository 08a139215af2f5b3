"""Base spiders, one per discovery strategy. A site module only declares its sources.

* :class:`SitemapSpider` – XML sitemaps and sitemap indexes (gzip too), robots.txt
  ``Sitemap:`` lines, and Google News sitemaps (their publication dates become hints).
* :class:`FeedSpider` – RSS and Atom feeds.
* :class:`WordPressSpider` – the WordPress REST API (``/wp-json/wp/v2/posts`` with
  search terms), plus the site's feeds.

All of them share :class:`ArchiveSpider`: URL filters (``ALLOW``/``DENY`` class
constants), the incremental check against the archive, per-run limits, the page item
handed to the pipeline, and an errback that records every failed fetch.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import urlencode

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from newsarchive.archive.known import KnownUrls
from newsarchive.crawl import discovery
from newsarchive.crawl.health import SiteHealth  # connected before the crawl recorder
from newsarchive.crawl.reasons import REASON_TEXT, UNREACHABLE_REASONS, failure_reason
from newsarchive.crawl.warcrecorder import fetched_at, located
from newsarchive.crawl.wayback import has_topic_word
from newsarchive.extract.extraction import SiteRules
from newsarchive.items import FailureItem, PageItem
from newsarchive.settings import ARCHIVE_URL_WORDS as URL_WORDS

logger = logging.getLogger(__name__)

#: URL patterns that never lead to an article text: videos, galleries, live tickers,
#: share-price tickers, quizzes, podcasts' audio pages, author and tag listings.
DEFAULT_DENY: tuple[str, ...] = (
    r"/videos?/", r"/video\d", r"/mediathek/", r"/galerien?/", r"/bildergalerie",
    r"/fotostrecke", r"/(?:live)?ticker", r"-live-?ticker", r"/liveblog", r"/newsticker",
    r"[/-]kurse?/", r"/aktien(?:kurs)?/[A-Z0-9]{6,}", r"/boersenkurse", r"/quiz",
    r"/podcasts?/.*\.mp3", r"/autor(?:en)?/", r"/tag/", r"/thema/", r"/themen/", r"/schlagwort",
    r"\.(?:pdf|jpg|png|mp4|mp3)$",
    r"/newsletter", r"/abo(?:/|$)", r"/impressum", r"/datenschutz",
    r"(?i)[/-]live-?(?:ticker|blog)", r"(?i)[/-](?:bilder|foto)strecke", r"(?i)/videos?[/-]",
)  # fmt: skip

#: Search terms WordPress spiders ask the REST API for (the archive's subject).
DEFAULT_WP_SEARCH_TERMS: tuple[str, ...] = (
    "Bank", "Banken", "Sparkasse", "Volksbank", "Social Media", "Facebook", "Twitter",
)  # fmt: skip


class ArchiveSpider(scrapy.Spider):
    """Shared behaviour of every newsarchive spider; subclass a discovery base instead."""

    #: The publication's name as readers know it (the ``site_name`` fallback).
    site_name: ClassVar[str] = ""
    #: Article URLs must match one of these patterns (if any are given).
    ALLOW: ClassVar[tuple[str, ...]] = ()
    #: Article URLs matching any of these are never requested.
    DENY: ClassVar[tuple[str, ...]] = DEFAULT_DENY
    #: Per-site extraction overrides (only where the generic extractor is wrong).
    RULES: ClassVar[SiteRules] = SiteRules()

    allowed_domains: ClassVar[list[str]] = []
    #: Domains the site used before (``import-warc`` keeps them; DENY applies, ALLOW not).
    OLD_DOMAINS: ClassVar[tuple[str, ...]] = ()
    sitemap_urls: ClassVar[tuple[str, ...]] = ()
    feed_urls: ClassVar[tuple[str, ...]] = ()
    #: Child sitemaps of an index are followed only if they match one of these (if any
    #: are given): the article or section sitemaps of a big index.
    SITEMAP_ALLOW: ClassVar[tuple[str, ...]] = ()
    #: The site's sections as Wayback CDX URL prefixes (``www.welt.de/wirtschaft/``) for
    #: the history crawl; empty: the whole of each allowed domain.
    HISTORY_PREFIXES: ClassVar[tuple[str, ...]] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.known = KnownUrls()  #: archived or requested URLs (set-like, indexed lookups)
        self.max_articles = 0
        self.max_sitemaps = 0
        self.since = ""
        self.until, self.backfill = "", False  #: a backfill's range end; backfill or not
        self.url_words: list[str] = []  #: a backfill's topic words (empty: every URL)
        self.requested = 0
        self.health: object = None  #: the site health check (kept: signals hold weak refs)
        self.said_unreachable = False  #: whether the console heard that a host is unreachable
        self._allow = [re.compile(p) for p in self.ALLOW]
        self._deny = [re.compile(p) for p in self.DENY]
        self._sitemap_allow = [re.compile(p) for p in self.SITEMAP_ALLOW]

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        """Apply the site's ``ARCHIVE_SITE_SETTINGS`` and bound each run by
        ``ARCHIVE_MAX_SECONDS`` unless CLOSESPIDER_TIMEOUT is set."""
        super().update_settings(settings)
        for name, value in (settings.getdict("ARCHIVE_SITE_SETTINGS").get(cls.name) or {}).items():
            settings.set(name, value, priority="spider")
        jobs = settings.get("ARCHIVE_JOBDIR")
        if jobs and not settings.get("JOBDIR"):  # one resumable queue per spider
            settings.set("JOBDIR", f"{jobs.rstrip('/')}/{cls.name}", priority="spider")
        if not settings.getint("CLOSESPIDER_TIMEOUT"):
            settings.set(
                "CLOSESPIDER_TIMEOUT", settings.getint("ARCHIVE_MAX_SECONDS"), priority="spider"
            )

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ArchiveSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_articles = int(
            kwargs.get("max_articles", settings.getint("ARCHIVE_MAX_ARTICLES"))
        )
        spider.max_sitemaps = settings.getint("ARCHIVE_MAX_SITEMAPS")
        spider.since = str(kwargs.get("since", settings.get("ARCHIVE_SINCE", "")))
        spider.until = str(kwargs.get("until", settings.get("ARCHIVE_UNTIL", "")))
        spider.backfill = settings.getbool("ARCHIVE_BACKFILL")
        if spider.backfill and not settings.getbool("ARCHIVE_BACKFILL_ALL_URLS"):
            spider.url_words = settings.getlist("ARCHIVE_URL_WORDS", URL_WORDS)
        if settings.getbool("ARCHIVE_INCREMENTAL"):
            spider.known = KnownUrls(settings.get("ARCHIVE_DB"))
        spider.health = SiteHealth.from_crawler(crawler)
        return spider

    # --- discovery --------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        for request in self.discovery_requests():
            yield request

    def discovery_requests(self) -> Iterator[scrapy.Request]:
        """The first requests of a crawl: one per declared source."""
        for url in self.sitemap_urls:
            callback = self.parse_robots if url.endswith("/robots.txt") else self.parse_sitemap
            yield scrapy.Request(
                url, callback=callback, errback=self.on_error, cb_kwargs={"depth": 0}
            )
        for url in self.feed_urls:
            yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_error)

    def parse_robots(self, response: Response, depth: int = 0) -> Iterator[Any]:
        """Follow the ``Sitemap:`` lines of a robots.txt."""
        for url in discovery.robots_sitemaps(response.text)[: self.max_sitemaps or None]:
            yield scrapy.Request(
                url,
                callback=self.parse_sitemap,
                errback=self.on_error,
                cb_kwargs={"depth": depth + 1},
            )

    def parse_sitemap(self, response: Response, depth: int = 0) -> Iterator[Any]:
        """Follow a sitemap index's children, newest first, or request a sitemap's pages."""
        try:
            sitemap = discovery.parse_sitemap(response.body)
        except discovery.DiscoveryError as error:
            yield self.failure(response.url, "discovery", "bad-sitemap", str(error), response.meta)
            return
        if sitemap.is_index:
            for entry in self.followed_children(sitemap):
                yield scrapy.Request(
                    entry.url,
                    callback=self.parse_sitemap,
                    errback=self.on_error,
                    cb_kwargs={"depth": depth + 1},
                )
            return
        yield from self.article_requests(sitemap.entries)

    def sitemap_children(self, index: discovery.Sitemap) -> list[discovery.Entry]:
        """The child sitemaps of an index worth following, newest first."""
        children = [e for e in index.entries if self.wants_sitemap(e)]
        return sorted(children, key=lambda e: e.lastmod or "", reverse=True)

    def followed_children(self, index: discovery.Sitemap) -> list[discovery.Entry]:
        """The newest ``max_sitemaps`` children, in a backfill plus every dated one in range."""
        children = self.sitemap_children(index)
        newest = children[: self.max_sitemaps or None]
        dated = [e for e in children[len(newest) :] if discovery.sitemap_period(e.url)]
        return newest + dated if self.backfill else newest

    def wants_sitemap(self, entry: discovery.Entry) -> bool:
        """Whether to follow a child sitemap of an index: ``SITEMAP_ALLOW`` picks article or
        section sitemaps; with ``since``, old ones (by lastmod or the period the sitemap's
        address names, ``sitemap-2012-05.xml``) are left out."""
        if self._sitemap_allow and not any(p.search(entry.url) for p in self._sitemap_allow):
            return False
        period = discovery.sitemap_period(entry.url)
        if self.until and period and period > self.until[: len(period)]:
            return False
        if not self.since:
            return True
        if period and period < self.since[: len(period)]:
            return False
        return not (entry.lastmod and entry.lastmod[:10] < self.since)

    def parse_feed(self, response: Response) -> Iterator[Any]:
        """Request the articles an RSS or Atom feed lists."""
        try:
            entries = discovery.parse_feed(response.body)
        except discovery.DiscoveryError as error:
            yield self.failure(response.url, "discovery", "bad-feed", str(error), response.meta)
            return
        yield from self.article_requests(entries)

    # --- articles ---------------------------------------------------------------------

    def url_is_allowed(self, url: str) -> bool:
        """The site's domain and URL filters, without the incremental check."""
        host = (scrapy.utils.url.parse_url(url).hostname or "").lower()
        if self.allowed_domains and not any(
            host == d or host.endswith("." + d) for d in self.allowed_domains
        ):
            return False
        if any(p.search(url) for p in self._deny):
            return False
        return not self._allow or any(p.search(url) for p in self._allow)

    def article_requests(self, entries: Iterable[discovery.Entry]) -> Iterator[scrapy.Request]:
        """Requests for the wanted entries, within the per-run limit and date range."""
        entries = list(entries)
        self.known.prefetch(entry.url for entry in entries)  # one lookup for the listing
        for entry in entries:
            if self.limit_reached():
                return
            date = entry.published or entry.lastmod
            if self.since and date and date[:10] < self.since:
                continue
            if self.until and date and date[:10] > self.until:
                continue
            if not self.url_is_allowed(entry.url):
                self.crawler.stats.inc_value("archive/discovery/filtered")
                continue
            if self.url_words and not has_topic_word(entry.url, self.url_words):
                self.crawler.stats.inc_value("archive/discovery/off_topic_url")
                continue
            if self.is_known(entry.url):
                continue
            self.count_request(entry.url)
            yield self.article_request(entry.url, entry.hints())

    def limit_reached(self) -> bool:
        """Whether this run has requested ``max_articles`` pages (counted in the stats)."""
        if self.max_articles and self.requested >= self.max_articles:
            self.crawler.stats.inc_value("archive/limit_reached")
            return True
        return False

    def is_known(self, url: str) -> bool:
        """Whether ``url`` is archived or already requested in this run (counted)."""
        if url in self.known:
            self.crawler.stats.inc_value("archive/discovery/known")
            return True
        return False

    def count_request(self, url: str) -> None:
        """Note that ``url`` is requested now: it counts towards the limit and is known."""
        self.known.add(url)
        self.requested += 1
        self.crawler.stats.inc_value("archive/discovery/requested")

    def article_request(self, url: str, hints: dict[str, Any] | None = None) -> scrapy.Request:
        """The request for one article page.

        ``dont_filter``: the spider already requests each URL once (``known``); Scrapy's
        duplicate filter would silently drop the second hop of a redirect loop (A → B → A)
        instead of letting ``REDIRECT_MAX_TIMES`` end it with a ``redirect-loop`` failure.
        ``archive_listed_url`` names the page in failure rows, whatever the redirects.
        """
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.on_error,
            cb_kwargs={"hints": hints or {}},
            meta={"archive_listed_url": url},
            dont_filter=True,
        )

    def parse_article(
        self, response: Response, hints: dict[str, Any] | None = None
    ) -> Iterator[Any]:
        """Hand the fetched page to the pipeline, which extracts it."""
        encoding = response.encoding if isinstance(response, TextResponse) else None
        request_url = response.request.url if response.request else response.url
        yield PageItem(
            url=response.url, site=self.name, body=response.body, encoding=encoding,
            status=response.status, fetched_at=fetched_at(response.meta),
            request_url=response.meta.get("archive_listed_url")
            or response.meta.get("archive_real_url", request_url),
            hints=dict(hints or {}), **located(response.meta),
        )  # fmt: skip

    # --- failures ---------------------------------------------------------------------

    def failure(self, url: str, stage: str, reason: str, detail: str = "",
                meta: dict[str, Any] | None = None) -> FailureItem:  # fmt: skip
        """A failure row (``meta``: of the request, whose last response it points at)."""
        return FailureItem(url=url, site=self.name, stage=stage, reason=reason,
                           detail=detail[:500], **located(meta or {}))  # fmt: skip

    def on_error(self, failure: Failure) -> Iterator[FailureItem]:
        """Record a request that failed: HTTP errors, DNS, timeouts, robots.txt, size.

        The first failure of the site to reach a host at all (DNS, connection) is also
        said in one console line; the rest are rows (and lines in the log file).
        """
        request = getattr(failure, "request", None)
        url = "?"
        meta: dict[str, Any] = {}
        if request is not None:
            meta = request.meta
            url = meta.get("archive_listed_url") or meta.get("archive_real_url", request.url)
        reason = failure_reason(failure)
        if reason in UNREACHABLE_REASONS and not self.said_unreachable:
            self.said_unreachable = True
            real = meta.get("archive_real_url", request.url) if request else url
            host = scrapy.utils.url.parse_url(real).hostname or real
            logger.warning("%s: cannot reach %s (%s)", self.name, host, REASON_TEXT[reason])
        yield self.failure(url, "fetch", reason, str(failure.value), meta)


class SitemapSpider(ArchiveSpider):
    """Discovers articles from XML sitemaps, sitemap indexes and Google News sitemaps.

    ``sitemap_urls`` may name sitemaps, indexes, or a ``robots.txt``.
    """


class FeedSpider(ArchiveSpider):
    """Discovers articles from RSS and Atom feeds (``feed_urls``)."""


class WordPressSpider(ArchiveSpider):
    """Discovers posts through the WordPress REST API and the site's feeds.

    ``wordpress_url`` is the site's root; the API is asked for every term in
    ``SEARCH_TERMS``, following ``X-WP-TotalPages`` up to ``MAX_API_PAGES`` pages.
    """

    wordpress_url: ClassVar[str] = ""
    SEARCH_TERMS: ClassVar[tuple[str, ...]] = DEFAULT_WP_SEARCH_TERMS
    MAX_API_PAGES: ClassVar[int] = 5
    PER_PAGE: ClassVar[int] = 50

    def api_url(self, term: str, page: int) -> str:
        """The posts endpoint for one search term and page."""
        query = urlencode(
            {
                "search": term,
                "per_page": self.PER_PAGE,
                "page": page,
                "_fields": "id,link,date_gmt,modified_gmt,title",
            }
        )
        return f"{self.wordpress_url.rstrip('/')}/wp-json/wp/v2/posts?{query}"

    def discovery_requests(self) -> Iterator[scrapy.Request]:
        for term in self.SEARCH_TERMS:
            yield scrapy.Request(
                self.api_url(term, 1),
                callback=self.parse_api,
                errback=self.on_error,
                cb_kwargs={"term": term, "page": 1},
            )
        yield from super().discovery_requests()

    def parse_api(self, response: Response, term: str, page: int) -> Iterator[Any]:
        """Request the posts of one API page and the next page, if any."""
        try:
            entries = discovery.parse_wp_posts(response.body)
        except discovery.DiscoveryError as error:
            yield self.failure(
                response.url, "discovery", "bad-api-response", str(error), response.meta
            )
            return
        yield from self.article_requests(entries)
        total = int(response.headers.get(b"X-WP-TotalPages", b"1") or 1)
        if page < min(total, self.MAX_API_PAGES):
            yield scrapy.Request(
                self.api_url(term, page + 1),
                callback=self.parse_api,
                errback=self.on_error,
                cb_kwargs={"term": term, "page": page + 1},
            )
