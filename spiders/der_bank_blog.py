"""der-bank-blog.de: the WordPress post sitemaps of its sitemap index and the RSS feed."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import SitemapSpider


class DerBankBlogSpider(SitemapSpider):
    name = "der_bank_blog"
    site_name = "Der Bank Blog"
    allowed_domains: ClassVar[list[str]] = ["der-bank-blog.de"]
    sitemap_urls = ("https://www.der-bank-blog.de/sitemap.xml",)
    SITEMAP_ALLOW = (r"post-sitemap",)
    feed_urls = ("https://www.der-bank-blog.de/feed/",)
    ALLOW = (r"der-bank-blog\.de/[\w-]+/[\w-]+/\d{6,}/?$",)
    DENY = (*SitemapSpider.DENY, r"/stichwort/", r"/author/")
    HISTORY_PREFIXES = ("www.der-bank-blog.de/",)
