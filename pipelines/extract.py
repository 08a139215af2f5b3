"""Stage 100: turn a fetched page into an article."""

from __future__ import annotations

import hashlib
import logging
import pickle
import re
from datetime import datetime
from typing import Any

from scrapy.crawler import Crawler

from newsarchive.extract.extraction import ExtractionError, SiteRules, extract
from newsarchive.items import ArticleItem, DropItem, PageItem
from newsarchive.urls import normalize_url, registered_domain
from pipelines.pool import JobError, Offload

logger = logging.getLogger(__name__)


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

    Extraction runs in the worker pool (:mod:`pipelines.pool`) within the page budget
    ``ARCHIVE_PAGE_TIMEOUT``. A page with no article is dropped as ``extract/<reason>``
    (and so recorded in ``failures``): the extractor's reason (``empty``, ``binary``,
    ``too-large``, ...), ``timeout`` for a page over budget, ``worker-crashed``, or the
    name of any other error. A spider's ``RULES`` (``SiteRules``) are passed to the
    extractor, and a spider method ``_parse_<field>(html, article)`` overrides that field
    when it returns something other than ``None``. Items leave in the order they came.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.offload = Offload(crawler.settings)
        self._helper_plan: tuple[bool, type | None] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(crawler)

    async def open_spider(self) -> None:
        self.offload.open()

    async def close_spider(self) -> None:
        self.offload.close()

    async def process_item(self, item: Any) -> Any:
        async with self.offload.order.turn():
            if not isinstance(item, PageItem):
                return item
            return await self.extract(item)

    async def extract(self, item: PageItem) -> ArticleItem:
        """The article of one page, or :class:`DropItem` with the reason."""
        spider = self.crawler.spider
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
            apply_overrides(spider, item, data)
        return build_article(item, data, getattr(spider, "site_name", "") or None)

    def _helpers(self, spider: Any) -> tuple[bool, type | None]:
        """Whether the spider's helpers run in the worker, and the class that has them."""
        if self._helper_plan is None:
            in_worker = spider is not None and _picklable(type(spider))
            helpers = type(spider) if in_worker and _has_helpers(spider) else None
            self._helper_plan = (in_worker or not _has_helpers(spider), helpers)
        return self._helper_plan


def extract_page(
    page: PageItem, rules: SiteRules | None, helpers: type | None = None
) -> tuple[Any, ...]:
    """Extract one page (in a worker): ``("ok", fields)`` or ``("error", reason, detail)``.

    ``helpers`` is the spider class whose ``_parse_<field>`` helpers apply (they run on
    an instance made here, as they only read the page).
    """
    fetched = datetime.fromisoformat(page.fetched_at) if page.fetched_at else None
    try:
        data = extract(page.body, page.url, encoding=page.encoding, fetched_at=fetched,
                       rules=rules)  # fmt: skip
    except ExtractionError as error:
        return ("error", error.reason, error.detail)
    if helpers is not None:
        apply_overrides(_stand_in(helpers), page, data)
    return ("ok", data)


_STAND_INS: dict[type, Any] = {}


def _stand_in(cls: type) -> Any:
    """An instance of a spider class to call its helpers on, outside any crawl."""
    if cls not in _STAND_INS:
        try:
            _STAND_INS[cls] = cls()
        except Exception:  # a spider that needs arguments: its helpers still read pages
            _STAND_INS[cls] = object.__new__(cls)
    return _STAND_INS[cls]


def _has_helpers(spider: Any) -> bool:
    return any(name.startswith("_parse_") for name in dir(type(spider)))


def _picklable(cls: type) -> bool:
    """Whether a worker can import ``cls`` by name (else its helpers run here)."""
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


def apply_overrides(spider: Any, page: PageItem, data: dict[str, Any]) -> None:
    """Let the spider's ``_parse_<field>`` helpers override extracted fields."""
    helpers = [name for name in dir(type(spider)) if name.startswith("_parse_")]
    if not helpers:
        return
    html = page.body.decode(page.encoding or "utf-8", errors="replace")
    for name in helpers:
        value = getattr(spider, name)(html, data)
        if value is not None:
            data[name.removeprefix("_parse_")] = value


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
