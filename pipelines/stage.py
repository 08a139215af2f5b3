"""The shape of a stage whose CPU-heavy step runs in the worker pool (extract, classify)."""

from __future__ import annotations

from typing import Any, ClassVar

from scrapy.crawler import Crawler

from pipelines.offload import Offload


class OffloadStage:
    """A pipeline stage over :class:`pipelines.offload.Offload`: items of ``accepts`` go to
    :meth:`handle` (which may run its work in the pool), other items pass through, and all
    leave in the order they came. The pool is used while the spider is open."""

    accepts: ClassVar[type]  #: the item class the stage works on

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.offload = Offload(crawler.settings)

    async def open_spider(self) -> None:
        self.offload.open()

    async def close_spider(self) -> None:
        self.offload.close()

    async def process_item(self, item: Any) -> Any:
        async with self.offload.order.turn():
            if not isinstance(item, self.accepts):
                return item
            return await self.handle(item)

    async def handle(self, item: Any) -> Any:
        """The stage's work on one item of ``accepts`` (returns it, or raises ``DropItem``)."""
        raise NotImplementedError
