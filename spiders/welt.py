"""welt.de: Google News sitemap, the monthly sitemap archive, the business RSS feed."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import DEFAULT_DENY, SitemapSpider


class WeltSpider(SitemapSpider):
    name = "welt"
    site_name = "WELT"
    allowed_domains: ClassVar[list[str]] = ["welt.de"]
    #: the news sitemap, and the sitemap index of monthly archives (F) for backfills
    sitemap_urls = (
        "https://www.welt.de/sitemaps/newssitemap/newssitemap.xml",
        "https://www.welt.de/sitemaps/sitemap/sitemap.xml",
    )
    feed_urls = ("https://www.welt.de/feeds/section/wirtschaft.rss",)
    ALLOW = (r"/(?:wirtschaft|finanzen|webwelt|kultur/medien)/.*article\d+",)
    DENY = (*DEFAULT_DENY, r"/Anlegertipps-", r"/plus\d+/")
    HISTORY_PREFIXES = ("www.welt.de/wirtschaft/", "www.welt.de/finanzen/", "www.welt.de/webwelt/")
