"""Stage 100: turn a fetched page into an article."""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from scrapy.crawler import Crawler

from newsarchive.extract.rules import SiteRules
from newsarchive.items import ArticleItem, DropItem, PageItem, warc_fields
from newsarchive.topics.classifier import DEFAULT_THRESHOLD
from newsarchive.urls import normalize_url, registered_domain
from pipelines.helpers import HELPER_PREFIX as HELPER_PREFIX
from pipelines.helpers import apply_overrides, class_reference, site_helpers
from pipelines.helpers import page_document as page_document
from pipelines.jobs import (
    CLASSIFY_STAGE,
    REUSED,
    STORED_ATTRIBUTE,
    PageJob,
    run_page,
    run_pages,
    set_verdict,
    stored_verdict,
)
from pipelines.pool import JobError
from pipelines.stage import OffloadStage

logger = logging.getLogger(__name__)


def content_hash(body: str) -> str:
    """sha1 of the body with white space folded and case ignored (``str.split`` splits
    at exactly what ``\\s`` matches, ~3x as fast as a substitution on a long body)."""
    return hashlib.sha1(" ".join(body.split()).lower().encode()).hexdigest()


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
    (see :func:`pipelines.helpers.apply_overrides`), in the worker too. When the classify
    stage follows, the same job classifies the article (:mod:`pipelines.jobs`: one round
    trip a page, within twice the budget) and the classify stage takes that verdict.
    A page read again with its stored verdict sends that verdict's input key: the job then
    skips classification when the key is unchanged (:mod:`pipelines.jobs`; off with
    ``ARCHIVE_REUSE_VERDICTS=0``). Items leave in the order they came.
    """

    accepts = PageItem

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._helper_plans: dict[type, tuple[bool, str | None]] = {}
        self.threshold = classify_ahead(crawler)
        self.reuse = crawler.settings.getbool("ARCHIVE_REUSE_VERDICTS", True)

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
        stored = stored_verdict(item) if self.reuse and in_worker else None
        job = PageJob(item.url, item.body, item.encoding, item.fetched_at, rules, helpers,
                      str(item.hints.get("title") or ""), self.threshold,
                      stored.key if stored is not None else None)  # fmt: skip
        budget = self.offload.timeout * (1 if self.threshold is None else 2)
        try:
            answer = await self.offload.run_each(run_page, run_pages, job, timeout=budget)
        except JobError as error:
            raise DropItem("extract", error.reason, str(error)) from error
        if answer[0] == "error":
            raise DropItem("extract", answer[1], answer[2])
        data: dict[str, Any] = answer[1]
        verdict, key = answer[2], answer[3]
        if verdict == REUSED:
            assert stored is not None
            verdict = stored.verdict  # same classifier, same inputs: the same verdict
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("archive/classify/reused")
        if spider is not None and not in_worker:
            apply_overrides(type(spider), item, data)
            verdict = None  # the helpers may change the text: the classify stage decides
        article = build_article(item, data, getattr(spider, "site_name", "") or None)
        if verdict is not None and self.threshold is not None:
            set_verdict(article, verdict, self.threshold, key)
        if stored_verdict(item) is not None:
            setattr(article, STORED_ATTRIBUTE, stored_verdict(item))
        return article

    def _helpers(self, spider: Any) -> tuple[bool, str | None]:
        """Whether the spider's helpers run in the worker, and the reference of the class
        that has them (a class a worker cannot import by name keeps its helpers here)."""
        cls = type(spider)
        if cls not in self._helper_plans:
            has = spider is not None and bool(site_helpers(cls))
            reference = class_reference(cls) if has else None
            self._helper_plans[cls] = (not has or reference is not None, reference)
        return self._helper_plans[cls]


def classify_ahead(crawler: Crawler) -> float | None:
    """The classify stage's threshold if that stage runs after this one (the extract job
    then classifies too), else ``None``."""
    stages = crawler.settings.getwithbase("ITEM_PIPELINES")
    ours = stages.get(f"{__name__}.ExtractPipeline")
    theirs = stages.get(CLASSIFY_STAGE)
    if ours is None or theirs is None or float(theirs) <= float(ours):
        return None
    return crawler.settings.getfloat("ARCHIVE_RELEVANCE_THRESHOLD", DEFAULT_THRESHOLD)


def site_spider(spider: Any, page: PageItem) -> Any:
    """The spider whose extraction rules and site name apply to ``page``: the crawling
    spider, or the site spider a multi-site reader (the WARC import) names for it."""
    pick = getattr(spider, "spider_for", None)
    return pick(page) if callable(pick) else spider


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
