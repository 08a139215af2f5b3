"""The base spiders offline: discovery from fixture listings, URL filters, limits,
incremental skips, failure rows, and the BaseUrlMiddleware's mapping to a mirror."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest
import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from newsarchive.archive.storage import Archive
from newsarchive.crawl.base import ArchiveSpider, SitemapSpider, WordPressSpider
from newsarchive.crawl.middlewares import (
    BaseUrlMiddleware,
    MirrorResetMiddleware,
    from_mirror,
    to_mirror,
)
from newsarchive.items import ArticleItem, FailureItem, PageItem

FIXTURES = Path(__file__).parent.parent / "fixtures" / "discovery"
SITE = "https://www.example-zeitung.de"
BASE = "http://127.0.0.1:8765"


class ZeitungSpider(SitemapSpider):
    name = "zeitung"
    allowed_domains: ClassVar[list[str]] = ["example-zeitung.de"]
    sitemap_urls = (f"{SITE}/sitemaps/index.xml", f"{SITE}/robots.txt")
    feed_urls = (f"{SITE}/feeds/wirtschaft.rss",)
    ALLOW = (r"/wirtschaft/",)


class BlogSpider(WordPressSpider):
    name = "blog"
    allowed_domains: ClassVar[list[str]] = ["blog.example.de"]
    wordpress_url = "https://blog.example.de"
    SEARCH_TERMS = ("Bank", "Sparkasse")
    MAX_API_PAGES = 3


def make(cls: type[ArchiveSpider], tmp_path: Path, **settings: Any) -> ArchiveSpider:
    values = {"ARCHIVE_DB": str(tmp_path / "archive.db"), "ARCHIVE_MAX_SITEMAPS": 20,
              "ARCHIVE_MAX_ARTICLES": 0, **settings}  # fmt: skip
    crawler = get_crawler(cls, values)
    spider = cls.from_crawler(crawler)
    crawler.spider = spider
    assert isinstance(spider, ArchiveSpider)
    return spider


def response(url: str, name: str, headers: dict[str, str] | None = None) -> Response:
    body = (FIXTURES / name).read_bytes()
    request = scrapy.Request(url)
    if body.startswith(b"\x1f\x8b"):
        return Response(url, body=body, request=request)
    return TextResponse(url, body=body, encoding="utf-8", headers=headers, request=request)


def urls(results: Any) -> list[str]:
    return [r.url for r in results if isinstance(r, scrapy.Request)]


def test_discovery_requests_cover_every_source(tmp_path: Path) -> None:
    spider = make(ZeitungSpider, tmp_path)
    requests = list(spider.discovery_requests())
    assert [r.url for r in requests] == [*ZeitungSpider.sitemap_urls, *ZeitungSpider.feed_urls]
    assert requests[1].callback == spider.parse_robots
    assert all(r.errback == spider.on_error for r in requests)


def test_robots_txt_leads_to_sitemaps(tmp_path: Path) -> None:
    spider = make(ZeitungSpider, tmp_path)
    found = list(spider.parse_robots(response(f"{SITE}/robots.txt", "robots.txt")))
    assert urls(found) == [f"{SITE}/sitemaps/news.xml", f"{SITE}/sitemaps/index.xml"]


def test_sitemap_index_children_newest_first_and_bounded(tmp_path: Path) -> None:
    spider = make(ZeitungSpider, tmp_path, ARCHIVE_MAX_SITEMAPS=2)
    found = urls(spider.parse_sitemap(response(f"{SITE}/index.xml", "sitemap_index.xml")))
    assert [u.rsplit("/", 1)[1] for u in found] == ["2013-01.xml.gz", "2012-03.xml.gz"]


def test_sitemap_index_since(tmp_path: Path) -> None:
    spider = make(ZeitungSpider, tmp_path, ARCHIVE_SINCE="2012-06-01")
    found = urls(spider.parse_sitemap(response(f"{SITE}/index.xml", "sitemap_index.xml")))
    assert [u.rsplit("/", 1)[1] for u in found] == ["2013-01.xml.gz"]


def test_gzipped_sitemap_articles(tmp_path: Path) -> None:
    spider = make(ZeitungSpider, tmp_path)
    found = list(spider.parse_sitemap(response(f"{SITE}/s.xml.gz", "sitemap.xml.gz")))
    assert len(urls(found)) == 2
    assert all(r.callback == spider.parse_article for r in found)
    assert found[0].cb_kwargs["hints"] == {"lastmod": "2012-03-02T10:00:00+00:00"}


def test_news_sitemap_filters_and_hints(tmp_path: Path) -> None:
    spider = make(ZeitungSpider, tmp_path)
    found = list(spider.parse_sitemap(response(f"{SITE}/news.xml", "news_sitemap.xml")))
    # sport is outside ALLOW, the video URL is in DEFAULT_DENY
    assert urls(found) == [f"{SITE}/wirtschaft/article1/Sparkasse-startet-auf-TikTok.html"]
    assert found[0].cb_kwargs["hints"]["title"] == "Sparkasse startet auf TikTok"
    assert found[0].meta["archive_listed_url"] == found[0].url
    assert found[0].dont_filter  # redirect loops must reach REDIRECT_MAX_TIMES
    assert spider.crawler.stats.get_value("archive/discovery/filtered") == 2


def test_articles_are_requested_once_and_within_limits(tmp_path: Path) -> None:
    spider = make(ZeitungSpider, tmp_path, ARCHIVE_MAX_ARTICLES=1)
    gz = response(f"{SITE}/s.xml.gz", "sitemap.xml.gz")
    assert len(urls(spider.parse_sitemap(gz))) == 1
    assert urls(spider.parse_sitemap(gz)) == []
    assert spider.crawler.stats.get_value("archive/limit_reached")
    unbounded = make(ZeitungSpider, tmp_path)
    assert len(urls(unbounded.parse_sitemap(gz))) == 2
    assert urls(unbounded.parse_sitemap(gz)) == []  # already requested in this run


def test_incremental_skips_stored_articles(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive.db")
    stored = f"{SITE}/wirtschaft/article10/Banken-entdecken-Facebook.html"
    archive.add_article(ArticleItem(url=stored, site="zeitung", title="t", body="b"))
    archive.close()
    spider = make(ZeitungSpider, tmp_path, ARCHIVE_INCREMENTAL=True)
    found = urls(spider.parse_sitemap(response(f"{SITE}/s.xml", "sitemap.xml")))
    assert found == [f"{SITE}/wirtschaft/article11/Volksbank-twittert.html"]


def test_feeds_rss(tmp_path: Path) -> None:
    spider = make(ZeitungSpider, tmp_path)
    found = list(spider.parse_feed(response(f"{SITE}/feed.rss", "rss.xml")))
    assert [u.rsplit("/", 1)[1] for u in urls(found)] == ["Grossbanken.html", "Guid.html"]
    assert found[0].cb_kwargs["hints"]["published"] == "2011-08-16T07:45:00+02:00"


def test_bad_listings_leave_failure_rows(tmp_path: Path) -> None:
    spider = make(ZeitungSpider, tmp_path)
    html = response(f"{SITE}/sitemap.xml", "not_a_sitemap.html")
    (failure,) = spider.parse_sitemap(html)
    assert isinstance(failure, FailureItem)
    assert (failure.stage, failure.reason, failure.url) == ("discovery", "bad-sitemap", html.url)
    (failure,) = spider.parse_feed(response(f"{SITE}/feed.rss", "sitemap.xml"))
    assert failure.reason == "bad-feed"


def test_wordpress_api_pages(tmp_path: Path) -> None:
    spider = make(BlogSpider, tmp_path)
    first = list(spider.discovery_requests())
    assert [r.cb_kwargs for r in first] == [{"term": "Bank", "page": 1},
                                            {"term": "Sparkasse", "page": 1}]  # fmt: skip
    assert "search=Bank&per_page=50&page=1" in first[0].url
    api = response(first[0].url, "wp_posts.json", {"X-WP-TotalPages": "5"})
    found = list(spider.parse_api(api, term="Bank", page=1))
    assert urls(found)[:2] == ["https://blog.example.de/2011/08/banken-twittern/",
                               "https://blog.example.de/2016/05/whatsapp/"]  # fmt: skip
    assert found[-1].cb_kwargs == {"term": "Bank", "page": 2}
    last = response(first[0].url, "wp_posts.json", {"X-WP-TotalPages": "5"})
    assert not any(r.callback == spider.parse_api for r in spider.parse_api(last, "Bank", 3))
    (failure,) = spider.parse_api(response(first[0].url, "rss.xml"), "Bank", 1)
    assert failure.reason == "bad-api-response"


def test_parse_article_yields_the_page(tmp_path: Path) -> None:
    spider = make(ZeitungSpider, tmp_path)
    request = spider.article_request(f"{SITE}/wirtschaft/a.html", {"title": "T"})
    request.meta["archive_real_url"] = f"{SITE}/wirtschaft/b.html"
    page = HtmlResponse(f"{SITE}/wirtschaft/b.html", body="<p>Ä</p>".encode(),
                        encoding="utf-8", request=request)  # fmt: skip
    (item,) = spider.parse_article(page, hints={"title": "T"})
    assert isinstance(item, PageItem)
    assert (item.url, item.request_url, item.encoding) == (page.url, request.url, "utf-8")
    assert item.hints == {"title": "T"}
    assert item.fetched_at


def error(value: Exception, request: scrapy.Request) -> Failure:
    failure = Failure(value)
    failure.request = request  # type: ignore[attr-defined]
    return failure


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (IgnoreRequest("max redirections reached"), "redirect-loop"),
        (IgnoreRequest("Forbidden by robots.txt"), "robots-disallowed"),
        (DNSLookupError("no such host"), "dns"),
    ],
)
def test_fetch_failures(tmp_path: Path, value: Exception, reason: str) -> None:
    spider = make(ZeitungSpider, tmp_path)
    listed = f"{SITE}/wirtschaft/listed.html"
    request = spider.article_request(listed)
    hop = request.replace(url=f"{BASE}/www.example-zeitung.de/wirtschaft/hop.html")
    hop.meta["archive_real_url"] = f"{SITE}/wirtschaft/hop.html"
    (item,) = spider.on_error(error(value, hop))
    assert (item.url, item.stage, item.reason) == (listed, "fetch", reason)


def test_http_error_failure(tmp_path: Path) -> None:
    spider = make(ZeitungSpider, tmp_path)
    request = scrapy.Request(f"{BASE}/www.example-zeitung.de/x.html",
                             meta={"archive_real_url": f"{SITE}/x.html"})  # fmt: skip
    answer = Response(request.url, status=404, request=request)
    (item,) = spider.on_error(error(HttpError(answer), request))
    assert (item.url, item.reason) == (f"{SITE}/x.html", "http-404")


@pytest.mark.parametrize(
    "url",
    [f"{SITE}/wirtschaft/a.html?b=1&c=%C3%BC", "https://t3n.de/", "https://steadynews.de/feed/"],
)
def test_mirror_mapping_round_trip(url: str) -> None:
    mirrored = to_mirror(url, BASE)
    assert mirrored.startswith(BASE + "/")
    assert from_mirror(mirrored, BASE) == url


def test_base_url_middleware_rewrites_and_restores() -> None:
    crawler = get_crawler(settings_dict={"ARCHIVE_BASE_URL": BASE + "/"})
    middleware = BaseUrlMiddleware.from_crawler(crawler)
    request = scrapy.Request(f"{SITE}/wirtschaft/a.html?x=1", meta={"keep": 1})
    rewritten = middleware.process_request(request)
    assert rewritten is not None
    assert rewritten.url == f"{BASE}/www.example-zeitung.de/wirtschaft/a.html?x=1"
    assert rewritten.meta["archive_real_url"] == request.url
    assert rewritten.meta["keep"] == 1
    assert rewritten.meta["allow_offsite"]
    assert middleware.process_request(rewritten) is None  # already on the mirror
    answer = HtmlResponse(rewritten.url, body=b"<p>x</p>", request=rewritten)
    assert middleware.process_response(rewritten, answer).url == request.url


def test_redirect_from_the_mirror_is_checked_again() -> None:
    """A redirect copies the rewritten request's meta; the reset step before the offsite
    check restores what the spider had set, so the new URL is checked like any other."""
    crawler = get_crawler(settings_dict={"ARCHIVE_BASE_URL": BASE})
    rewrite = BaseUrlMiddleware.from_crawler(crawler)
    reset = MirrorResetMiddleware.from_crawler(crawler)
    request = scrapy.Request(f"{SITE}/a.html", meta={"dont_obey_robotstxt": False})
    rewritten = rewrite.process_request(request)
    assert rewritten is not None
    assert reset.process_request(rewritten) is None  # the mirror request keeps its flags
    assert rewritten.meta["allow_offsite"]
    assert rewritten.meta["dont_obey_robotstxt"]
    redirected = rewritten.replace(url="https://elsewhere.example/b.html")
    assert reset.process_request(redirected) is None
    assert "allow_offsite" not in redirected.meta
    assert redirected.meta["dont_obey_robotstxt"] is False
    assert "archive_saved_flags" not in redirected.meta


def test_base_url_middleware_is_off_without_setting() -> None:
    from scrapy.exceptions import NotConfigured

    with pytest.raises(NotConfigured):
        BaseUrlMiddleware.from_crawler(get_crawler(settings_dict={"ARCHIVE_BASE_URL": ""}))
