"""manager-magazin.de: the RSS feeds of the news, companies and finance sections."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import FeedSpider


class ManagerMagazinSpider(FeedSpider):
    name = "manager_magazin"
    site_name = "manager magazin"
    allowed_domains: ClassVar[list[str]] = ["manager-magazin.de"]
    feed_urls = (
        "https://www.manager-magazin.de/news/index.rss",
        "https://www.manager-magazin.de/unternehmen/index.rss",
        "https://www.manager-magazin.de/finanzen/index.rss",
    )
    ALLOW = (r"manager-magazin\.de/(?:unternehmen|finanzen|politik|digitales)/.*-a-[0-9a-f-]+",)
    HISTORY_PREFIXES = ("www.manager-magazin.de/unternehmen/", "www.manager-magazin.de/finanzen/")
