"""Stage 200: keep the articles about banks and social media, tag banks and networks."""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler

from newsarchive.items import ArticleItem, DropItem, SkipItem
from newsarchive.topics.classifier import DEFAULT_THRESHOLD, classify
from newsarchive.topics.version import input_key
from pipelines.jobs import stored_verdict, take_verdict
from pipelines.pool import JobError
from pipelines.stage import OffloadStage
from pipelines.verdicts import VerdictLog

logger = logging.getLogger(__name__)


class ClassifyPipeline(OffloadStage):
    """Score each :class:`ArticleItem` with :func:`newsarchive.topics.classifier.classify`.

    The relevance, banks, networks and evidence are set on the item. An article below
    ``ARCHIVE_RELEVANCE_THRESHOLD`` is not stored: :class:`SkipItem` records its URL,
    score and reason in ``skipped``. Classification runs in the worker pool
    (:mod:`pipelines.pool`); an article it cannot classify within ``ARCHIVE_PAGE_TIMEOUT``
    or that makes it fail is dropped as ``classify/<reason>`` (a ``failures`` row). An
    article whose extract job classified it already (:mod:`pipelines.jobs`) takes that
    verdict without a second job. Other items pass through unchanged; items leave in the
    order they came.

    Each verdict on a page with a place in the WARC files is kept with the key of its
    inputs (:mod:`pipelines.verdicts`), unless it is the page's stored one already: a
    re-extraction that finds the same key reuses it (``ARCHIVE_REUSE_VERDICTS``).
    """

    accepts = ArticleItem

    def __init__(self, crawler: Crawler, threshold: float = DEFAULT_THRESHOLD) -> None:
        super().__init__(crawler)
        self.stats = crawler.stats
        self.threshold = threshold
        self.verdicts = VerdictLog(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClassifyPipeline:
        threshold = crawler.settings.getfloat("ARCHIVE_RELEVANCE_THRESHOLD", DEFAULT_THRESHOLD)
        return cls(crawler, threshold)

    async def handle(self, item: ArticleItem) -> ArticleItem:
        return await self.classify(item)

    async def classify(self, item: ArticleItem) -> ArticleItem:
        """Tag a relevant article; raise :class:`SkipItem` for an off-topic one."""
        found = take_verdict(item, self.threshold)  # the extract stage's job found it
        key: str | None = None
        if found is None:
            try:
                result = await self.offload.run(
                    classify, item.title, item.lead, item.body, threshold=self.threshold
                )
            except JobError as error:
                raise DropItem("classify", error.reason, str(error)) from error
            key = input_key(item.title, item.lead, item.body, self.threshold)
        else:
            result, key = found
        stored = stored_verdict(item)
        if key is not None and (stored is None or stored.key != key):
            self.verdicts.add(item, key, result)
        item.relevance = result.relevance
        item.banks = result.banks
        item.networks = result.networks
        item.evidence = result.evidence
        self._inc("archive/classified")
        if not result.relevant:
            self._inc(f"archive/skipped/{result.reason}")
            raise SkipItem(
                "off-topic", result.relevance, self.detail(result.reason, item), item.title
            )
        self._inc("archive/relevant")
        return item

    async def close_spider(self) -> None:
        await super().close_spider()
        self.verdicts.close()

    @staticmethod
    def detail(reason: str, item: ArticleItem) -> str:
        """A short explanation for the ``skipped`` table."""
        found = ", ".join([*item.banks, *item.networks][:6]) or "no banks or networks"
        return f"{reason}: {found}"

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)
