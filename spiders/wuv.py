"""wuv.de (W&V): the sitemaps named in robots.txt and the news RSS feed."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import SitemapSpider


class WuvSpider(SitemapSpider):
    name = "wuv"
    site_name = "W&V"
    allowed_domains: ClassVar[list[str]] = ["wuv.de"]
    sitemap_urls = ("https://www.wuv.de/robots.txt",)
    feed_urls = ("https://www.wuv.de/rss/alle-news.xml",)
    ALLOW = (r"wuv\.de/(?:Archiv|themen|marketing|medien|tech|agenturen|digital)/",)
    DENY = (*SitemapSpider.DENY, r"/(?:stellenmarkt|events|award)", r"/themen/[\w-]+/?$")
    HISTORY_PREFIXES = ("www.wuv.de/marketing/", "www.wuv.de/medien/", "www.wuv.de/digital/")
