"""Redirects are checked like any request: a redirect to another host is refused before
anything is sent there (its robots.txt included) and recorded; a redirect within the site
passes robots.txt as usual (SSRF, issue 17)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest
import sqlite_utils
from crawl_fixtures import Route, crawl_env, run_crawl, serve, sitemap
from scrapy import Request, Spider
from scrapy.utils.test import get_crawler

from newsarchive.crawl.middlewares import RedirectGuardMiddleware, RedirectRefused

FIXTURES = Path(__file__).parent.parent / "fixtures"
WELT = "https://www.welt.de/wirtschaft/"
METADATA = "http://169.254.169.254/latest/meta-data/"


class Site(Spider):
    name = "site"
    allowed_domains: ClassVar[list[str]] = ["welt.de"]


class Anywhere(Spider):
    name = "anywhere"


def guard(spider: type[Spider], **settings: Any) -> RedirectGuardMiddleware:
    crawler = get_crawler(spider, settings)
    crawler.spider = spider()
    return RedirectGuardMiddleware.from_crawler(crawler)


def redirected(url: str, origin: str = WELT + "article1.html") -> Request:
    return Request(url, dont_filter=True, meta={"redirect_urls": [origin]})


@pytest.mark.parametrize(
    ("spider", "url", "allowed"),
    [
        (Site, "https://www.welt.de/wirtschaft/article2.html", True),
        (Site, "https://img.welt.de/bild.jpg", True),
        (Site, METADATA, False),
        (Site, "http://localhost:8080/admin", False),
        (Site, "https://welt.de.evil.example/", False),
        (Site, "ftp://www.welt.de/datei", False),
        (Anywhere, "https://www.welt.de/wirtschaft/article2.html", True),
        (Anywhere, METADATA, False),
    ],
)
def test_redirect_targets(spider: type[Spider], url: str, allowed: bool) -> None:
    middleware = guard(spider)
    if allowed:
        assert middleware.process_request(redirected(url)) is None
    else:
        with pytest.raises(RedirectRefused):
            middleware.process_request(redirected(url))


def test_first_requests_and_mirror_requests_are_not_redirect_checks() -> None:
    middleware = guard(Site, ARCHIVE_BASE_URL="http://127.0.0.1:9")
    assert middleware.process_request(Request(METADATA)) is None  # not a redirect
    mirror = redirected("http://127.0.0.1:9/www.welt.de/wirtschaft/article2.html")
    assert middleware.process_request(mirror) is None  # checked before its rewrite


@pytest.mark.slow
def test_a_crawl_refuses_and_records_redirects_off_the_site(tmp_path: Path) -> None:
    urls = {
        name: f"{WELT}article100{n}/{name}.html"
        for n, name in enumerate(["Bleibt", "Metadaten", "Intern", "Umgezogen", "Fremd"])
    }
    moved = f"{WELT}article1009/Neu.html"
    routes = {
        "www.welt.de/robots.txt": Route(b"User-agent: *\nDisallow: /intern/\n",
                                        content_type="text/plain"),
        "www.welt.de/sitemaps/newssitemap/newssitemap.xml": sitemap(*urls.values()),
        urls["Bleibt"].split("://")[1]: Route((FIXTURES / "welt" / "article.html").read_bytes()),
        urls["Metadaten"].split("://")[1]: Route(status=302, location=METADATA),
        urls["Intern"].split("://")[1]: Route(status=301,
                                              location="https://www.welt.de/intern/geheim.html"),
        urls["Umgezogen"].split("://")[1]: Route(status=301, location=moved),
        moved.split("://")[1]: Route((FIXTURES / "t3n" / "article.html").read_bytes()),
        urls["Fremd"].split("://")[1]: Route(status=302, location="https://evil.example/x"),
    }  # fmt: skip
    db = tmp_path / "redirects.db"
    with serve(routes) as mirror:
        env = crawl_env(ARCHIVE_BASE_URL=mirror.base_url, ARCHIVE_RELEVANCE_THRESHOLD="0")
        done = run_crawl(db, ["welt"], env)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    archive = sqlite_utils.Database(db)
    failures = {r["url"]: (r["stage"], r["reason"]) for r in archive["failures"].rows
                if "/article" in r["url"]}  # fmt: skip
    assert failures == {urls["Metadaten"]: ("fetch", "redirect-offsite"),
                        urls["Fremd"]: ("fetch", "redirect-offsite"),
                        urls["Intern"]: ("fetch", "robots-disallowed")}  # fmt: skip
    fetched = {row["fetched_url"] for row in archive["articles"].rows}
    assert fetched == {urls["Bleibt"], moved}  # the redirect within the site still works
    hosts = {hit.lstrip("/").split("/")[0] for hit in mirror.hits}
    assert hosts == {"www.welt.de"}  # nothing went to the other hosts, not even robots.txt
    assert "/www.welt.de/intern/geheim.html" not in mirror.hits
