"""wiwo.de (WirtschaftsWoche): the content-export RSS feeds of its business sections."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import FeedSpider


class WiwoSpider(FeedSpider):
    name = "wiwo"
    site_name = "WirtschaftsWoche"
    allowed_domains: ClassVar[list[str]] = ["wiwo.de"]
    feed_urls = (
        "https://www.wiwo.de/contentexport/feed/rss/finanzen",
        "https://www.wiwo.de/contentexport/feed/rss/unternehmen",
        "https://www.wiwo.de/contentexport/feed/rss/technologie",
    )
    ALLOW = (r"wiwo\.de/(?:finanzen|unternehmen|technologie|erfolg)/.*[/;]\d{6,}(?:\.html)?$",)
    HISTORY_PREFIXES = (
        "www.wiwo.de/finanzen/", "www.wiwo.de/unternehmen/", "www.wiwo.de/technologie/",
    )  # fmt: skip
