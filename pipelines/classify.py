"""Stage 200: keep the articles about banks and social media, tag banks and networks."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler

from newsarchive.items import ArticleItem, SkipItem
from newsarchive.topics.classifier import DEFAULT_THRESHOLD, classify

logger = logging.getLogger(__name__)


class ClassifyPipeline:
    """Score each :class:`ArticleItem` with :func:`newsarchive.topics.classifier.classify`.

    The relevance, banks, networks and evidence are set on the item. An article below
    ``ARCHIVE_RELEVANCE_THRESHOLD`` is not stored: :class:`SkipItem` records its URL,
    score and reason in ``skipped``. Other items pass through unchanged.
    """

    def __init__(self, crawler: Crawler, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.threshold = threshold

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClassifyPipeline:
        threshold = crawler.settings.getfloat("ARCHIVE_RELEVANCE_THRESHOLD", DEFAULT_THRESHOLD)
        return cls(crawler, threshold)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        result = classify(item.title, item.lead, item.body, threshold=self.threshold)
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

    @staticmethod
    def detail(reason: str, item: ArticleItem) -> str:
        """A short explanation for the ``skipped`` table."""
        found = ", ".join([*item.banks, *item.networks][:6]) or "no banks or networks"
        return f"{reason}: {found}"

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)
