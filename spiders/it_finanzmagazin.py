"""it-finanzmagazin.de: a WordPress trade magazine on IT in banking (REST API and feed)."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import WordPressSpider


class ItFinanzmagazinSpider(WordPressSpider):
    name = "it_finanzmagazin"
    site_name = "IT Finanzmagazin"
    allowed_domains: ClassVar[list[str]] = ["it-finanzmagazin.de"]
    wordpress_url = "https://www.it-finanzmagazin.de"
    feed_urls = ("https://www.it-finanzmagazin.de/feed/",)
    ALLOW = (r"it-finanzmagazin\.de/[\w-]+-\d{4,}/?$",)
    DENY = (*WordPressSpider.DENY, r"/category/", r"/events?/", r"/whitepaper")
    HISTORY_PREFIXES = ("www.it-finanzmagazin.de/",)
