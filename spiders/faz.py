"""faz.net: Google News sitemap, the business and finance RSS feeds, the article sitemaps."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import SitemapSpider


class FazSpider(SitemapSpider):
    name = "faz"
    site_name = "Frankfurter Allgemeine Zeitung"
    allowed_domains: ClassVar[list[str]] = ["faz.net"]
    sitemap_urls = ("https://www.faz.net/sitemap-news.xml", "https://www.faz.net/sitemap-index.xml")
    SITEMAP_ALLOW = (r"-artikel-",)
    feed_urls = (
        "https://www.faz.net/rss/aktuell/wirtschaft/", "https://www.faz.net/rss/aktuell/finanzen/",
    )  # fmt: skip
    ALLOW = (
        r"/aktuell/(?:wirtschaft|finanzen|feuilleton/medien|technik-motor/digital)/.*-\d{6,}\.html",
    )
    DENY = (*SitemapSpider.DENY, r"/aktuell/finanzen/(?:aktien|fonds|devisen|anleihen)/.*kurs")
    HISTORY_PREFIXES = ("www.faz.net/aktuell/wirtschaft/", "www.faz.net/aktuell/finanzen/")
