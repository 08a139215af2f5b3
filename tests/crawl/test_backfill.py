"""The backfill offline: dated child sitemaps inside the range, topic words in URLs, the
settings of ``crawl --since`` and the WARC stamps a spider puts on its items."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest
import scrapy
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from newsarchive.crawl.backfill import backfill_settings
from newsarchive.crawl.base import ArchiveSpider, SitemapSpider

SITE = "https://www.example-zeitung.de"
MONTHS = [f"{y}-{m:02d}" for y in range(2008, 2011) for m in range(1, 13)]  # 36 children


class ArchivSpider(SitemapSpider):
    name = "archiv"
    allowed_domains: ClassVar[list[str]] = ["example-zeitung.de"]
    sitemap_urls = (f"{SITE}/sitemaps/index.xml",)
    ALLOW = (r"/wirtschaft/",)


def make(tmp_path: Path, **settings: Any) -> ArchiveSpider:
    values = {"ARCHIVE_DB": str(tmp_path / "archive.db"), "ARCHIVE_MAX_SITEMAPS": 20,
              "ARCHIVE_MAX_ARTICLES": 0, **settings}  # fmt: skip
    crawler = get_crawler(ArchivSpider, values)
    spider = ArchivSpider.from_crawler(crawler)
    crawler.spider = spider
    assert isinstance(spider, ArchiveSpider)
    return spider


def xml(url: str, text: str) -> TextResponse:
    return TextResponse(url, body=text.encode(), encoding="utf-8", request=scrapy.Request(url))


def index() -> TextResponse:
    rows = "".join(f"<sitemap><loc>{SITE}/sitemaps/sitemap-{m}.xml</loc><lastmod>{m}-28"
                   "T00:00:00+00:00</lastmod></sitemap>" for m in MONTHS)  # fmt: skip
    return xml(f"{SITE}/sitemaps/index.xml", '<sitemapindex xmlns="http://www.sitemaps.org/'
               f'schemas/sitemap/0.9">{rows}<sitemap><loc>{SITE}/sitemaps/themen.xml</loc>'
               "</sitemap></sitemapindex>")  # fmt: skip


def children(spider: ArchiveSpider) -> list[str]:
    found = spider.parse_sitemap(index())
    urls = [r.url for r in found if isinstance(r, scrapy.Request)]
    return [u.rsplit("sitemap-", 1)[-1][:7] if "sitemap-" in u else "undated" for u in urls]


def test_a_normal_run_follows_the_newest_children_only(tmp_path: Path) -> None:
    assert children(make(tmp_path)) == MONTHS[::-1][:20]


def test_a_backfill_follows_every_dated_child_in_its_range(tmp_path: Path) -> None:
    spider = make(tmp_path, ARCHIVE_BACKFILL=True, ARCHIVE_SINCE="2008-06-01",
                  ARCHIVE_UNTIL="2009-03-31")  # fmt: skip
    assert sorted(children(spider)) == [
        *[m for m in MONTHS if "2008-06" <= m <= "2009-03"], "undated"]  # fmt: skip
    everything = make(tmp_path, ARCHIVE_BACKFILL=True, ARCHIVE_SINCE="2008-01-01")
    # every month; the undated child (sorted last, past the newest 20) stays left out
    assert sorted(children(everything)) == MONTHS


def test_a_backfill_keeps_urls_with_a_topic_word_and_dates_in_range(tmp_path: Path) -> None:
    entries = {
        "wirtschaft/article1/Sparkasse-auf-Facebook.html": "2009-05-01",
        "wirtschaft/article2/Mittelstand-klagt.html": "2009-05-02",
        "wirtschaft/article3/Volksbank-twittert.html": "2011-01-01",  # after --until
    }
    rows = "".join(f"<url><loc>{SITE}/{u}</loc><lastmod>{d}</lastmod></url>"
                   for u, d in entries.items())  # fmt: skip
    body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>'
    spider = make(tmp_path, ARCHIVE_BACKFILL=True, ARCHIVE_SINCE="2008-01-01",
                  ARCHIVE_UNTIL="2010-12-31")  # fmt: skip
    found = [r.url for r in spider.parse_sitemap(xml(f"{SITE}/sitemaps/sitemap-2009-05.xml", body))]
    assert found == [f"{SITE}/wirtschaft/article1/Sparkasse-auf-Facebook.html"]
    assert spider.crawler.stats.get_value("archive/discovery/off_topic_url") == 1
    every = make(tmp_path, ARCHIVE_BACKFILL=True, ARCHIVE_BACKFILL_ALL_URLS=True,
                 ARCHIVE_SINCE="2008-01-01")  # fmt: skip
    assert len(list(every.parse_sitemap(xml(f"{SITE}/sitemaps/sitemap-2009-05.xml", body)))) == 3


def test_backfill_settings(tmp_path: Path) -> None:
    fixed, defaults = backfill_settings("2008-01-01", "2014-12-31", False, str(tmp_path / "a.db"))
    assert fixed == {"ARCHIVE_SINCE": "2008-01-01", "ARCHIVE_UNTIL": "2014-12-31",
                     "ARCHIVE_BACKFILL": True, "ARCHIVE_BACKFILL_ALL_URLS": False}  # fmt: skip
    assert defaults["ARCHIVE_MAX_ARTICLES"] == 0
    assert defaults["ARCHIVE_JOBDIR"] == str(tmp_path / "crawls" / "backfill-a")
    assert backfill_settings(None, None, False, None) == ({}, {})
    for since, until, words in (("2008-13-01", None, False), ("2014-01-01", "2008-01-01", False),
                                (None, "2014-01-01", False), (None, None, True)):  # fmt: skip
        with pytest.raises(ValueError, match="--"):
            backfill_settings(since, until, words, None)


def test_jobdir_per_spider(tmp_path: Path) -> None:
    crawler = get_crawler(ArchivSpider, {"ARCHIVE_JOBDIR": str(tmp_path / "jobs")})
    assert crawler.settings.get("JOBDIR") == str(tmp_path / "jobs" / "archiv")
