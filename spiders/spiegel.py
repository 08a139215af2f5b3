"""spiegel.de: Google News sitemap plus the business and Netzwelt RSS feeds."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import SitemapSpider


class SpiegelSpider(SitemapSpider):
    name = "spiegel"
    site_name = "DER SPIEGEL"
    allowed_domains: ClassVar[list[str]] = ["spiegel.de"]
    sitemap_urls = ("https://www.spiegel.de/sitemaps/news-de.xml",)
    feed_urls = (
        "https://www.spiegel.de/wirtschaft/index.rss", "https://www.spiegel.de/netzwelt/index.rss",
    )  # fmt: skip
    ALLOW = (r"spiegel\.de/(?:wirtschaft|netzwelt|kultur/tv|kultur/gesellschaft)/.*-a-[0-9a-f-]+",)
    HISTORY_PREFIXES = ("www.spiegel.de/wirtschaft/", "www.spiegel.de/netzwelt/")
