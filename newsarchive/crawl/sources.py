"""The sources: the registry of site spiders, and ``check-sources``, their live check.

* :func:`spider_classes` lists the site spiders by slug.
* :func:`check_source` fetches one listing and one article of a source from the live
  site (or a mirror) and reports which extracted fields came out empty, so layout
  changes are noticed before a crawl stores half-empty articles.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx

from newsarchive import settings as project_settings
from newsarchive.crawl import discovery
from newsarchive.crawl.base import ArchiveSpider, WordPressSpider
from newsarchive.crawl.middlewares import to_mirror
from newsarchive.extract.extraction import ExtractionError, extract
from newsarchive.items import PageItem

logger = logging.getLogger(__name__)

#: Article fields ``check-sources`` expects every source to fill.
CHECKED_FIELDS = ("title", "authors", "published", "lead", "body", "site_name")

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

    from newsarchive.crawl.runner import project_settings

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
    apply_overrides(spider_cls, page, data)
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
