"""Shared checks for the per-site test modules (``tests/test_<slug>.py``).

A site's test module declares a :class:`SiteCase` (its fixture listings, the article
URLs discovery must and must not request, and what the fixture article must yield) and
gets its two tests from :func:`site_tests`::

    test_discovery, test_extraction = site_tests(SiteCase(...))

Discovery runs offline: the spider's first requests are answered from the fixture
files named in ``listings`` (by URL, or by URL without the query), following sitemap
indexes, robots.txt and API pages, until only article requests are left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.test import get_crawler

from newsarchive.crawl.base import ArchiveSpider
from newsarchive.crawl.discovery import maybe_gunzip
from newsarchive.extract.extraction import extract
from newsarchive.items import ArticleItem, FailureItem, PageItem
from newsarchive.urls import normalize_url
from pipelines.extract import apply_overrides, build_article

FIXTURES = Path(__file__).parent / "fixtures"

#: Settings for spiders built in tests: no archive lookups, no limits.
TEST_SETTINGS = {"ARCHIVE_INCREMENTAL": False, "ARCHIVE_MAX_ARTICLES": 0, "ARCHIVE_MAX_SITEMAPS": 0}


@dataclass(frozen=True)
class SiteCase:
    """What one site's fixtures must produce."""

    slug: str
    listings: dict[str, str]  #: listing URL -> fixture file in tests/fixtures/<slug>/
    wanted: tuple[str, ...]  #: article URLs discovery must request
    rejected: tuple[str, ...]  #: URLs in the listings it must not request
    article_url: str
    title: str
    authors: tuple[str, ...]
    published: str  #: ISO 8601 prefix, e.g. "2012-03-14T09:30"
    body_has: tuple[str, ...]
    body_lacks: tuple[str, ...] = ()
    lead_has: str = ""
    article: str = "article.html"
    extra: dict[str, Any] = field(default_factory=dict)  #: other ArticleItem fields to check


@cache
def spider_class(slug: str) -> type[ArchiveSpider]:
    """The spider class of a slug, found as ``scrapy list`` finds it."""
    loader = SpiderLoader.from_settings(Settings({"SPIDER_MODULES": ["spiders"]}))
    cls = loader.load(slug)
    assert issubclass(cls, ArchiveSpider)
    return cls


def make_spider(slug: str, **kwargs: Any) -> ArchiveSpider:
    """A spider bound to a test crawler (stats work, nothing is fetched)."""
    cls = spider_class(slug)
    crawler = get_crawler(cls, TEST_SETTINGS)
    spider = cls.from_crawler(crawler, **kwargs)
    crawler.spider = spider
    return spider


def fixture(slug: str, name: str) -> bytes:
    """The bytes of ``tests/fixtures/<slug>/<name>``."""
    return (FIXTURES / slug / name).read_bytes()


def _response(url: str, body: bytes, request: scrapy.Request) -> Response:
    if body.startswith(b"\x1f\x8b"):
        return Response(url, body=body, request=request)
    return TextResponse(url, body=body, encoding="utf-8", request=request)


def discover(case: SiteCase) -> tuple[list[str], set[str], list[FailureItem]]:
    """Run discovery offline: (article URLs requested, listings fetched, failures)."""
    spider = make_spider(case.slug)
    queue: list[Any] = list(spider.discovery_requests())
    articles: list[str] = []
    fetched: set[str] = set()
    failures: list[FailureItem] = []
    while queue:
        request = queue.pop(0)
        if isinstance(request, FailureItem):
            failures.append(request)
            continue
        if request.callback == spider.parse_article:
            articles.append(request.url)
            continue
        key = request.url if request.url in case.listings else request.url.split("?")[0]
        if key not in case.listings:
            continue
        fetched.add(key)
        body = fixture(case.slug, case.listings[key])
        queue.extend(request.callback(_response(request.url, body, request), **request.cb_kwargs))
    return articles, fetched, failures


def article_from_fixture(case: SiteCase) -> ArticleItem:
    """Extract the fixture article as the extract stage does (rules and overrides)."""
    spider = make_spider(case.slug)
    body = fixture(case.slug, case.article)
    page = PageItem(url=case.article_url, site=case.slug, body=body, encoding="utf-8",
                    fetched_at="2024-05-01T08:00:00+00:00")  # fmt: skip
    data = extract(body, page.url, encoding=page.encoding, rules=spider.RULES)
    apply_overrides(type(spider), page, data)
    return build_article(page, data, spider.site_name)


def check_discovery(case: SiteCase) -> None:
    """Every listing is reached, wanted articles are requested, rejected ones are not."""
    articles, fetched, failures = discover(case)
    assert not failures, failures
    assert fetched == set(case.listings), (
        f"listings never requested: {set(case.listings) - fetched}"
    )
    listed = b"".join(
        maybe_gunzip(fixture(case.slug, name)) for name in set(case.listings.values())
    )
    for url in case.rejected:
        assert url.encode() in listed or url.encode().replace(b"&", b"&amp;") in listed, url
    assert set(case.wanted) <= set(articles), set(case.wanted) - set(articles)
    assert not set(case.rejected) & set(articles), set(case.rejected) & set(articles)
    assert len(articles) == len(set(articles)), "an article was requested twice"


def check_extraction(case: SiteCase) -> None:
    """The fixture article yields the expected title, authors, date and clean body."""
    article = article_from_fixture(case)
    assert article.url == normalize_url(case.article_url)
    assert article.title == case.title
    assert article.authors == list(case.authors)
    assert (article.published or "").startswith(case.published), article.published
    for text in case.body_has:
        assert text in article.body, text
    for text in case.body_lacks:
        assert text not in article.body, text
    assert case.lead_has in f"{article.lead} {article.body}"
    for name, value in case.extra.items():
        assert getattr(article, name) == value, name


def site_tests(case: SiteCase) -> tuple[Callable[[], None], Callable[[], None]]:
    """The discovery and extraction tests of one site."""

    def test_discovery() -> None:
        check_discovery(case)

    def test_extraction() -> None:
        check_extraction(case)

    return test_discovery, test_extraction
