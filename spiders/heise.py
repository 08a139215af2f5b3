"""heise.de: the heise online Atom feed and the news sitemaps of the sitemap index."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import SitemapSpider


class HeiseSpider(SitemapSpider):
    name = "heise"
    site_name = "heise online"
    allowed_domains: ClassVar[list[str]] = ["heise.de"]
    sitemap_urls = ("https://www.heise.de/sitemapindex.xml",)
    SITEMAP_ALLOW = (r"/news/",)
    feed_urls = ("https://www.heise.de/rss/heise-atom.xml",)
    ALLOW = (r"www\.heise\.de/news/[\w-]+-\d+\.html",)
    DENY = (*SitemapSpider.DENY, r"/(?:bestenlisten|preisvergleich|download)/")
    HISTORY_PREFIXES = ("www.heise.de/newsticker/meldung/", "www.heise.de/news/")
