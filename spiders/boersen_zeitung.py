"""boersen-zeitung.de: gzipped Google News sitemap and the first article sitemap."""

from __future__ import annotations

from typing import ClassVar

from newsarchive.crawl.base import SitemapSpider


class BoersenZeitungSpider(SitemapSpider):
    name = "boersen_zeitung"
    site_name = "Börsen-Zeitung"
    allowed_domains: ClassVar[list[str]] = ["boersen-zeitung.de"]
    sitemap_urls = (
        "https://www.boersen-zeitung.de/sitemap/news.xml.gz",
        "https://www.boersen-zeitung.de/sitemap/index.xml.gz",
    )
    SITEMAP_ALLOW = (r"/sitemap-\d+\.xml\.gz$",)
    ALLOW = (r"boersen-zeitung\.de/(?:banken-finanzen|unternehmen-branchen|personen|meinung)/",)
    DENY = (*SitemapSpider.DENY, r"/(?:kurse|marktdaten|fonds-etf)/")
    HISTORY_PREFIXES = ("www.boersen-zeitung.de/",)
