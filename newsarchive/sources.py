"""Is a source still working? The site health verdict of a crawl and ``check-sources``.

* :func:`site_failure` reads a finished crawl's stats and names why a site yielded no
  articles (``dns``, ``http-403``, ``no-articles-discovered``, ...); the
  :class:`SiteHealth` extension stores it as the stat ``archive/site_failed`` so the
  ``crawls`` row (and ``newsarchive crawl``'s summary) shows it.
* :func:`check_source` fetches one listing and one article of a source from the live
  site (or a mirror) and reports which extracted fields came out empty, so layout
  changes are noticed before a crawl stores half-empty articles.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from scrapy import Spider, signals
from scrapy.crawler import Crawler

from newsarchive import discovery
from newsarchive import settings as project_settings
from newsarchive.basespiders import ArchiveSpider, WordPressSpider
from newsarchive.extraction import ExtractionError, extract
from newsarchive.items import PageItem
from newsarchive.middlewares import to_mirror

logger = logging.getLogger(__name__)

#: Article fields ``check-sources`` expects every source to fill.
CHECKED_FIELDS = ("title", "authors", "published", "lead", "body", "site_name")

#: Fetch failures that name a site-wide problem, most telling first.
SITE_WIDE_REASONS = ("dns", "timeout", "robots-disallowed", "http-403", "http-401", "http-429")


#: An incremental run whose listings named archived articles is judged only when it
#: requested at least this many new pages: a few broken new pages don't make a failing site.
MIN_NEW_PAGES_TO_JUDGE = 5


def site_failure(stats: dict[str, Any]) -> str | None:
    """Why a crawl yielded no articles, or ``None`` if the site is fine.

    A run that stored, copied or skipped (off-topic) anything is fine; so is one whose
    listings named articles already in the archive and only a few new pages.
    """
    done = sum(int(stats.get(k, 0)) for k in ("archive/stored", "archive/copies_stored",
                                              "archive/skipped"))  # fmt: skip
    if done:
        return None
    requested = int(stats.get("archive/discovery/requested", 0))
    if int(stats.get("archive/discovery/known", 0)) and requested < MIN_NEW_PAGES_TO_JUDGE:
        return None
    for reason in SITE_WIDE_REASONS:
        if stats.get(f"archive/failed/{reason}"):
            return reason
    if not int(stats.get("response_received_count", 0)):
        return "unreachable"
    if not requested:
        return "no-articles-discovered"
    dropped = [k.rsplit("/", 1)[1] for k in stats if k.startswith("archive/dropped/")]
    if dropped:
        return "no-articles-extracted:" + ",".join(sorted(dropped))
    http = sorted(k.rsplit("/", 1)[1] for k in stats if k.startswith("archive/failed/http-"))
    return http[0] if http else "no-articles-fetched"


class SiteHealth:
    """Sets ``archive/site_failed`` at the end of a crawl that yielded no articles.

    Every site spider connects one when it is created, before the extensions (and so
    before the crawl recorder), so the verdict lands in the ``crawls`` row's stats.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteHealth:
        health = cls(crawler)
        crawler.signals.connect(health.spider_closed, signal=signals.spider_closed)
        return health

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats
        assert stats is not None
        verdict = site_failure(stats.get_stats())
        if verdict:
            stats.set_value("archive/site_failed", verdict)
            logger.warning("%s: no articles (%s)", spider.name, verdict)


# --------------------------------------------------------------------- check-sources


@dataclass
class SourceCheck:
    """What one source's live check found."""

    slug: str
    listing: str = ""
    article: str = ""
    empty: list[str] = field(default_factory=list)  #: checked fields that came out empty
    error: str = ""

    @property
    def ok(self) -> bool:
        """Listing and article fetched and every checked field filled."""
        return not self.error and not self.empty


class _Fetcher:
    """GETs real URLs, through a mirror at ``base`` if one is given."""

    def __init__(self, client: httpx.Client, base: str | None) -> None:
        self.client = client
        self.base = base.rstrip("/") if base else None

    def get(self, url: str) -> bytes:
        target = to_mirror(url, self.base) if self.base else url
        response = self.client.get(target)
        response.raise_for_status()
        return response.content


def spider_classes() -> dict[str, type[ArchiveSpider]]:
    """The site spiders by slug (every project spider that needs no arguments)."""
    from scrapy.spiderloader import get_spider_loader

    from newsarchive.runner import project_settings

    loader = get_spider_loader(project_settings())
    classes = {name: loader.load(name) for name in loader.list()}
    return {
        name: cls for name, cls in sorted(classes.items())
        if issubclass(cls, ArchiveSpider) and not getattr(cls, "NEEDS_ARGUMENTS", False)
    }  # fmt: skip


def listing_urls(spider: ArchiveSpider) -> Iterator[str]:
    """The spider's discovery sources, in the order it requests them."""
    if isinstance(spider, WordPressSpider) and spider.wordpress_url:
        yield spider.api_url(spider.SEARCH_TERMS[0], 1)
    yield from spider.sitemap_urls
    yield from spider.feed_urls


def _entries(spider: ArchiveSpider, url: str, fetch: _Fetcher, depth: int = 0) -> list[str]:
    """Article URLs a listing names, following robots.txt and sitemap indexes."""
    body = fetch.get(url)
    if url.endswith("/robots.txt"):
        found = discovery.robots_sitemaps(body.decode("utf-8", "replace"))
        return _entries(spider, found[0], fetch, depth + 1) if found and depth < 3 else []
    if "/wp-json/" in url:
        return [e.url for e in discovery.parse_wp_posts(body)]
    try:
        sitemap = discovery.parse_sitemap(body)
    except discovery.DiscoveryError:
        return [e.url for e in discovery.parse_feed(body)]
    if not sitemap.is_index:
        return [e.url for e in sitemap.entries]
    children = spider.sitemap_children(sitemap)
    return _entries(spider, children[0].url, fetch, depth + 1) if children and depth < 3 else []


def check_source(spider_cls: type[ArchiveSpider], fetch: _Fetcher) -> SourceCheck:
    """Fetch one listing and one article of a source; report empty fields."""
    from pipelines.extract import apply_overrides, build_article

    spider = spider_cls()
    check = SourceCheck(slug=spider.name)
    errors = []
    for url in listing_urls(spider):
        try:
            wanted = [u for u in _entries(spider, url, fetch) if spider.url_is_allowed(u)]
        except (httpx.HTTPError, discovery.DiscoveryError) as error:
            errors.append(f"{url}: {error}")
            continue
        if wanted:
            check.listing, check.article = url, wanted[0]
            break
        errors.append(f"{url}: no article listed")
    if not check.article:
        check.error = "; ".join(errors) or "no listing declared"
        return check
    try:
        body = fetch.get(check.article)
        data = extract(body, check.article, rules=spider.RULES)
    except (httpx.HTTPError, ExtractionError) as error:
        check.error = f"{check.article}: {error}"
        return check
    page = PageItem(url=check.article, site=spider.name, body=body)
    apply_overrides(spider, page, data)
    article = build_article(page, data, None)
    check.empty = [name for name in CHECKED_FIELDS if not getattr(article, name)]
    return check


def check_sources(
    classes: list[type[ArchiveSpider]], base_url: str | None = None, timeout: float = 20.0
) -> list[SourceCheck]:
    """Check every given source; one failing source never stops the others.

    Requests carry the crawl's ``USER_AGENT`` (project name and contact URL)."""
    headers = {"User-Agent": project_settings.USER_AGENT}
    with httpx.Client(timeout=timeout, follow_redirects=True, headers=headers) as client:
        fetch = _Fetcher(client, base_url)
        return [check_source(cls, fetch) for cls in classes]


def format_checks(checks: list[SourceCheck]) -> str:
    """One line per source: ok, the empty fields, or the error."""
    lines = []
    for check in checks:
        if check.error:
            status = f"FAILED  {check.error}"
        elif check.empty:
            status = f"EMPTY   {', '.join(check.empty)}  ({check.article})"
        else:
            status = f"ok      {check.article}"
        lines.append(f"{check.slug:<18} {status}")
    return "\n".join(lines)
