"""it-finanzmagazin.de: a WordPress trade magazine on IT in banking (REST API and feed).

Its pages name their category and tags only in the markup (a category link above the
headline, tag links below the text), not in metadata, so two site helpers read them.
"""

from __future__ import annotations

from typing import Any, ClassVar

from bs4 import BeautifulSoup

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

    @staticmethod
    def _parse_section(doc: BeautifulSoup, article: dict[str, Any]) -> str | None:
        """The category link above the headline (``ul.td-category``), unless metadata
        already named a section."""
        if article.get("section"):
            return None
        link = doc.select_one("ul.td-category a[href*='/category/']")
        return (link.get_text(" ", strip=True) or None) if link else None

    @staticmethod
    def _parse_tags(doc: BeautifulSoup, article: dict[str, Any]) -> list[str] | None:
        """The tag links below the text (``ul.td-tags``), unless metadata already named
        keywords."""
        if article.get("tags"):
            return None
        names = [a.get_text(" ", strip=True) for a in doc.select("ul.td-tags a[href*='/tag/']")]
        return [n for n in dict.fromkeys(names) if n] or None
