"""t3n.de: digital business magazine; news sitemap and RSS feed."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import SitemapSpider


class T3nSpider(SitemapSpider):
    name = "t3n"
    site_name = "t3n"
    allowed_domains: ClassVar[list[str]] = ["t3n.de"]
    sitemap_urls = ("https://t3n.de/sitemap/news.xml",)
    feed_urls = ("https://t3n.de/rss.xml",)
    ALLOW = (r"t3n\.de/news/",)
    HISTORY_PREFIXES = ("t3n.de/news/",)
