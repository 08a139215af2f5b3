"""finanz-szene.de: the banking trade news site's RSS feed."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import FeedSpider


class FinanzSzeneSpider(FeedSpider):
    name = "finanz_szene"
    site_name = "Finanz-Szene"
    allowed_domains: ClassVar[list[str]] = ["finanz-szene.de"]
    feed_urls = ("https://finanz-szene.de/feed/",)
    ALLOW = (r"finanz-szene\.de/(?:banking|fintech|digital-banking|payments|personalien)/[\w-]+",)
    HISTORY_PREFIXES = ("finanz-szene.de/",)
