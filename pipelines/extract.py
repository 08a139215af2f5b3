"""Stage 100: turn a fetched page into an article."""

from __future__ import annotations

import hashlib
import inspect
import logging
import pickle
import re
import warnings
from datetime import datetime
from typing import Any

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from scrapy.crawler import Crawler

from newsarchive.extract.extraction import ExtractionError, SiteRules, extract
from newsarchive.items import ArticleItem, DropItem, PageItem, warc_fields
from newsarchive.urls import normalize_url, registered_domain
from pipelines.pool import JobError
from pipelines.stage import OffloadStage

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


class ExtractPipeline(OffloadStage):
    """Extract every :class:`PageItem` with :func:`newsarchive.extract.extraction.extract`.

    Extraction runs in the worker pool (:mod:`pipelines.pool`) within the page budget
    ``ARCHIVE_PAGE_TIMEOUT``. A page with no article is dropped as ``extract/<reason>``
    (and so recorded in ``failures``): the extractor's reason (``empty``, ``binary``,
    ``too-large``, ...), ``timeout`` for a page over budget, ``worker-crashed``, or the
    name of any other error. A spider's ``RULES`` (``SiteRules``) are passed to the
    extractor, and its ``_parse_<field>`` helpers then read what the generic path missed
    (see :func:`apply_overrides`), in the worker too. Items leave in the order they came.
    """

    accepts = PageItem

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._helper_plans: dict[type, tuple[bool, type | None]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(crawler)

    async def handle(self, item: PageItem) -> ArticleItem:
        return await self.extract(item)

    async def extract(self, item: PageItem) -> ArticleItem:
        """The article of one page, or :class:`DropItem` with the reason."""
        spider = site_spider(self.crawler.spider, item)
        rules = getattr(spider, "RULES", None)
        rules = rules if isinstance(rules, SiteRules) else None
        in_worker, helpers = self._helpers(spider)
        try:
            answer = await self.offload.run(extract_page, item, rules, helpers)
        except JobError as error:
            raise DropItem("extract", error.reason, str(error)) from error
        if answer[0] == "error":
            raise DropItem("extract", answer[1], answer[2])
        data: dict[str, Any] = answer[1]
        if spider is not None and not in_worker:
            apply_overrides(type(spider), item, data)
        return build_article(item, data, getattr(spider, "site_name", "") or None)

    def _helpers(self, spider: Any) -> tuple[bool, type | None]:
        """Whether the spider's helpers run in the worker, and the class that has them
        (a class a worker cannot import by name keeps its helpers in this process)."""
        cls = type(spider)
        if cls not in self._helper_plans:
            has = spider is not None and bool(site_helpers(cls))
            in_worker = not has or _picklable(cls)
            self._helper_plans[cls] = (in_worker, cls if has and in_worker else None)
        return self._helper_plans[cls]


def extract_page(
    page: PageItem, rules: SiteRules | None, helpers: type | None = None
) -> tuple[Any, ...]:
    """Extract one page (in a worker): ``("ok", fields)`` or ``("error", reason, detail)``;
    ``helpers`` is the spider class whose ``_parse_<field>`` helpers apply."""
    fetched = datetime.fromisoformat(page.fetched_at) if page.fetched_at else None
    try:
        data = extract(page.body, page.url, encoding=page.encoding, fetched_at=fetched,
                       rules=rules)  # fmt: skip
    except ExtractionError as error:
        return ("error", error.reason, error.detail)
    if helpers is not None:
        apply_overrides(helpers, page, data)
    return ("ok", data)


def _picklable(cls: type) -> bool:
    """Whether a worker can import ``cls`` by name."""
    try:
        pickle.dumps(cls)
    except Exception:
        return False
    return True


#: A small German article: :func:`warm_up` runs it through extraction once per worker,
#: so one-off start-up costs (date parser locales, compiled rules) hit no real page.
WARM_UP_PAGE = (
    b"<html lang='de'><head><title>Sparkasse auf Facebook</title></head><body><article>"
    b"<h1>Sparkasse auf Facebook</h1><p>Von Anna Muster, 3. Mai 2012</p><p>Die Sparkasse "
    b"redet seit Mai auf Facebook mit ihren Kunden. Die Bank will so junge Leute erreichen, "
    b"sagt der Vorstand, und antwortet auch auf Kritik.</p></article></body></html>"
)


def warm_up() -> None:
    """Extract :data:`WARM_UP_PAGE` once (a worker does this before its first job)."""
    extract(WARM_UP_PAGE, "https://example.de/warm-up")


def site_spider(spider: Any, page: PageItem) -> Any:
    """The spider whose extraction rules and site name apply to ``page``: the crawling
    spider, or the site spider a multi-site reader (the WARC import) names for it."""
    pick = getattr(spider, "spider_for", None)
    return pick(page) if callable(pick) else spider


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
        **warc_fields(page),
    )


def _str(value: object) -> str | None:
    return str(value) if value else None
