"""sueddeutsche.de: the RSS feeds of the business, money, digital and media sections."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import FeedSpider


class SueddeutscheSpider(FeedSpider):
    name = "sueddeutsche"
    site_name = "Süddeutsche Zeitung"
    allowed_domains: ClassVar[list[str]] = ["sueddeutsche.de"]
    feed_urls = (
        "https://rss.sueddeutsche.de/rss/Wirtschaft", "https://rss.sueddeutsche.de/rss/Geld",
        "https://rss.sueddeutsche.de/rss/Digital", "https://rss.sueddeutsche.de/rss/Medien",
    )  # fmt: skip
    ALLOW = (
        r"sueddeutsche\.de/(?:wirtschaft|geld|digital|medien)/.*(?:-1\.\d+|\.[A-Za-z0-9]{20,})$",
    )
    DENY = (*FeedSpider.DENY, r"/(?:bilder|fotos)-", r"/boerse-aktuell")
    HISTORY_PREFIXES = (
        "www.sueddeutsche.de/wirtschaft/", "www.sueddeutsche.de/geld/",
        "www.sueddeutsche.de/digital/", "www.sueddeutsche.de/medien/",
    )  # fmt: skip
