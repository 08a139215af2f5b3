"""golem.de: the RSS feed and the monthly Google News sitemaps listed in the site index."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import SitemapSpider


class GolemSpider(SitemapSpider):
    name = "golem"
    site_name = "Golem.de"
    allowed_domains: ClassVar[list[str]] = ["golem.de"]
    sitemap_urls = ("https://www.golem.de/gsiteindex.xml",)
    SITEMAP_ALLOW = (r"/news/gsitemap-\d{4}\.xml",)
    feed_urls = ("https://rss.golem.de/rss.php?feed=RSS2.0",)
    ALLOW = (r"www\.golem\.de/news/[\w-]+-\d{4}-\d+\.html",)
    DENY = (*SitemapSpider.DENY, r"/specials/", r"/sonstiges/", r"-\d{4}-\d+-\d+\.html")
    HISTORY_PREFIXES = ("www.golem.de/news/", "www.golem.de/1")
