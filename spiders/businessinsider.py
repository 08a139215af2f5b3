"""businessinsider.de incl. Gründerszene: Google News sitemap and the two RSS feeds."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import SitemapSpider


class BusinessInsiderSpider(SitemapSpider):
    name = "businessinsider"
    site_name = "Business Insider Deutschland"
    #: gruenderszene.de is Gründerszene's own domain until 2021 (history crawls).
    allowed_domains: ClassVar[list[str]] = ["businessinsider.de", "gruenderszene.de"]
    sitemap_urls = ("https://www.businessinsider.de/news-sitemap.xml",)
    feed_urls = (
        "https://www.businessinsider.de/feed/businessinsider-alle-artikel",
        "https://www.businessinsider.de/gruenderszene/feed/",
    )
    ALLOW = (
        r"businessinsider\.de/(?:wirtschaft|finanzen|tech|gruenderszene)/[\w-]+/",
        r"gruenderszene\.de/(?:allgemein|fintech|marketing|business|technologie)/",
    )
    DENY = (*SitemapSpider.DENY, r"/(?:podcast|jobs|deals|sponsored)/")
    HISTORY_PREFIXES = ("www.gruenderszene.de/", "www.businessinsider.de/wirtschaft/")
