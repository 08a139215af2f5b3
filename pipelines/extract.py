"""Stage 100: turn a fetched page into an article."""

from __future__ import annotations

import hashlib
import inspect
import logging
import re
import warnings
from datetime import datetime
from typing import Any

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from scrapy.crawler import Crawler

from newsarchive.extract.extraction import ExtractionError, SiteRules, extract
from newsarchive.items import ArticleItem, DropItem, PageItem
from newsarchive.urls import normalize_url, registered_domain

logger = logging.getLogger(__name__)

#: Spider methods named ``_parse_<field>`` are site helpers (see :func:`apply_overrides`).
HELPER_PREFIX = "_parse_"


def content_hash(body: str) -> str:
    """sha1 of the body with white space folded and case ignored."""
    return hashlib.sha1(re.sub(r"\s+", " ", body).strip().lower().encode()).hexdigest()


def article_url(page: PageItem, canonical: str | None) -> str:
    """The article's key: its canonical URL when that stays on the same site."""
    if (
        canonical
        and canonical.startswith("http")
        and (registered_domain(canonical) == registered_domain(page.url))
    ):
        return normalize_url(canonical)
    return normalize_url(page.url)


class ExtractPipeline:
    """Extract every :class:`PageItem` with :func:`newsarchive.extract.extraction.extract`.

    A page with no article is dropped as ``extract/<reason>`` (and so recorded in
    ``failures``). A spider's ``RULES`` (``SiteRules``) are passed to the extractor, and
    its ``_parse_<field>`` helpers then read what the generic path missed (see
    :func:`apply_overrides`).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        spider = self.crawler.spider
        rules = getattr(spider, "RULES", None)
        fetched = datetime.fromisoformat(item.fetched_at) if item.fetched_at else None
        try:
            data = extract(
                item.body,
                item.url,
                encoding=item.encoding,
                fetched_at=fetched,
                rules=rules if isinstance(rules, SiteRules) else None,
            )
        except ExtractionError as error:
            raise DropItem("extract", error.reason, error.detail) from error
        if spider is not None:
            apply_overrides(type(spider), item, data)
        return build_article(item, data, getattr(spider, "site_name", "") or None)


def site_helpers(spider_cls: type[Any]) -> list[str]:
    """The names of a spider class's ``_parse_<field>`` helpers, in name order."""
    return sorted(name for name in dir(spider_cls) if name.startswith(HELPER_PREFIX))


def page_document(page: PageItem) -> BeautifulSoup:
    """The page as a BeautifulSoup document (lxml parser; the declared encoding, else
    the one the page's bytes and ``<meta charset>`` give)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)  # XHTML pages are HTML too
        return BeautifulSoup(page.body, "lxml", from_encoding=page.encoding)


def apply_overrides(spider_cls: type[Any], page: PageItem, data: dict[str, Any]) -> None:
    """Let the spider class's ``_parse_<field>`` helpers fill or correct extracted fields.

    A helper is a static (or class) method ``_parse_<field>(doc, article)``: ``doc`` is
    the page as a :class:`~bs4.BeautifulSoup` document, ``article`` the fields extracted
    so far; a value other than ``None`` replaces ``article[<field>]``. The document is
    parsed once a page, and only for spiders that have helpers (the generic path parses
    with lxml alone). A plain function of the class, the page and the fields, so it runs
    as well in another process as in the crawl's.
    """
    helpers = site_helpers(spider_cls)
    if not helpers:
        return
    doc = page_document(page)
    for name in helpers:
        if not isinstance(inspect.getattr_static(spider_cls, name), staticmethod | classmethod):
            raise TypeError(
                f"{spider_cls.__name__}.{name} must be a @staticmethod or @classmethod "
                "(site helpers run without a spider instance)"
            )
        value = getattr(spider_cls, name)(doc, data)
        if value is not None:
            data[name.removeprefix(HELPER_PREFIX)] = value


def build_article(page: PageItem, data: dict[str, Any], site_name: str | None) -> ArticleItem:
    """The article item from a page and its extracted fields (hints fill the gaps)."""
    hints = page.hints
    body = data.get("body") or ""
    return ArticleItem(
        url=article_url(page, data.get("canonical_url")),
        site=page.site,
        fetched_url=page.url,
        listed_url=page.request_url or page.url,
        title=data.get("title") or str(hints.get("title") or ""),
        lead=data.get("lead") or "",
        body=body,
        authors=list(data.get("authors") or []),
        agencies=list(data.get("agencies") or []),
        published=data.get("published") or _str(hints.get("published")),
        modified=data.get("modified") or _str(hints.get("lastmod")),
        language=data.get("language"),
        section=data.get("section"),
        tags=list(data.get("tags") or hints.get("keywords") or []),
        site_name=data.get("site_name") or site_name,
        top_image=data.get("top_image"),
        paywalled=bool(data.get("paywalled")),
        word_count=int(data.get("word_count") or len(body.split())),
        source=data.get("source"),
        fetched_at=page.fetched_at,
        content_hash=content_hash(body),
        archive_url=page.archive_url,
        archived_at=page.archived_at,
    )


def _str(value: object) -> str | None:
    return str(value) if value else None
