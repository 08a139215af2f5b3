"""capital.de: the standard RSS feed (business and money magazine)."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import FeedSpider


class CapitalSpider(FeedSpider):
    name = "capital"
    site_name = "Capital"
    allowed_domains: ClassVar[list[str]] = ["capital.de"]
    feed_urls = ("https://www.capital.de/feed/standard/",)
    ALLOW = (
        r"capital\.de/(?:wirtschaft-politik|geld-versicherungen|karriere|leben)/.*-\d{6,}\.html",
    )
    HISTORY_PREFIXES = ("www.capital.de/wirtschaft-politik/", "www.capital.de/geld-versicherungen/")
