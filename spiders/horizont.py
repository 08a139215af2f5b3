"""horizont.net: the marketing and media trade paper's news RSS feeds."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import FeedSpider


class HorizontSpider(FeedSpider):
    name = "horizont"
    site_name = "HORIZONT"
    allowed_domains: ClassVar[list[str]] = ["horizont.net"]
    feed_urls = (
        "https://www.horizont.net/news/feed/", "https://www.horizont.net/news/feed/medien/",
        "https://www.horizont.net/news/feed/marketing/",
    )  # fmt: skip
    ALLOW = (
        r"horizont\.net/(?:marketing|medien|tech|agenturen)/(?:nachrichten|kommentare|hintergrund)/[\w-]+-\d+",
    )
    DENY = (*FeedSpider.DENY, r"/schweiz/", r"/(?:jobs|termine|bildergalerien)/")
    HISTORY_PREFIXES = ("www.horizont.net/marketing/", "www.horizont.net/medien/")
