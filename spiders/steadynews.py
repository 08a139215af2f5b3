"""steadynews.de: a WordPress news blog that republishes agency and press articles."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import WordPressSpider


class SteadynewsSpider(WordPressSpider):
    name = "steadynews"
    site_name = "steadynews.de"
    allowed_domains: ClassVar[list[str]] = ["steadynews.de"]
    wordpress_url = "https://steadynews.de"
    feed_urls = ("https://steadynews.de/feed/",)
    DENY = (*WordPressSpider.DENY, r"/category/", r"/page/\d+", r"/wp-(?:content|json)/")
