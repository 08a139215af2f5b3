"""zeit.de: the business and digital RSS feeds, and the daily sitemaps of the index."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import SitemapSpider


class ZeitSpider(SitemapSpider):
    name = "zeit"
    site_name = "ZEIT ONLINE"
    allowed_domains: ClassVar[list[str]] = ["zeit.de"]
    sitemap_urls = ("https://www.zeit.de/gsitemaps/index.xml",)
    feed_urls = (
        "https://newsfeed.zeit.de/wirtschaft/index",
        "https://newsfeed.zeit.de/digital/index",
    )
    ALLOW = (r"www\.zeit\.de/(?:wirtschaft|digital|kultur/medien|geld)/",)
    DENY = (
        *SitemapSpider.DENY, r"/news/\d{4}-\d{2}/", r"/zett/", r"/angebote/", r"/index$",
        r"/administratives/", r"/komplettansicht",
    )  # fmt: skip
    HISTORY_PREFIXES = ("www.zeit.de/wirtschaft/", "www.zeit.de/digital/")
