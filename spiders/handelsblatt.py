"""handelsblatt.com: Google News sitemap and the finance section's RSS feed."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import SitemapSpider


class HandelsblattSpider(SitemapSpider):
    name = "handelsblatt"
    site_name = "Handelsblatt"
    allowed_domains: ClassVar[list[str]] = ["handelsblatt.com"]
    sitemap_urls = ("https://www.handelsblatt.com/sitemaps/news.xml",)
    feed_urls = ("https://www.handelsblatt.com/contentexport/feed/finanzen",)
    ALLOW = (r"/(?:finanzen|unternehmen|technik|technologie|meinung)/.*[/;]\d{6,}(?:\.html)?$",)
    HISTORY_PREFIXES = (
        "www.handelsblatt.com/finanzen/", "www.handelsblatt.com/unternehmen/",
        "www.handelsblatt.com/technologie/",
    )  # fmt: skip
