"""The validators of a fleet worker's article pages, sent to ingest.

A one-process crawl keeps each article page's ``ETag``/``Last-Modified`` in the table
``validators`` (:class:`newsarchive.crawl.recheck_state.ValidatorsMiddleware`), so the
first re-check of an article is a conditional request. A worker has no database: the same
middleware sends each batch as a ``validators`` stream entry (:func:`.keys.validators_record`),
and ``newsarchive ingest`` upserts the rows. Off with ``ARCHIVE_RECHECK_VALIDATORS=0``.
"""

from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from newsarchive.crawl.distributed import keys
from newsarchive.crawl.recheck_state import ValidatorsMiddleware


class FleetValidatorsMiddleware(ValidatorsMiddleware):
    """:class:`ValidatorsMiddleware` whose batches go onto the Redis stream."""

    def __init__(self, server: Any, stream: str) -> None:
        super().__init__("")
        self.server = server
        self.stream = stream

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FleetValidatorsMiddleware:
        from scrapy.exceptions import NotConfigured

        settings = crawler.settings
        if not settings.getbool("ARCHIVE_RECHECK_VALIDATORS", True):
            raise NotConfigured
        server = keys.connect(settings.get("ARCHIVE_REDIS_URL"))
        middleware = cls(server, keys.Keys(settings.get("ARCHIVE_REDIS_PREFIX")).stream)
        crawler.signals.connect(middleware.flush, signal=signals.spider_closed)
        return middleware

    def write(self, rows: list[dict[str, Any]]) -> None:
        """One stream entry for the batch."""
        self.server.xadd(self.stream, keys.validators_record(rows))
