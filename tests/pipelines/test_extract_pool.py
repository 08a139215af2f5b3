"""Extraction in the worker pool: site helpers still apply, a page over budget is a drop
with ``extract/timeout``, and items leave the stage in the order they came."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from scrapy import Spider
from scrapy.utils.test import get_crawler

import pipelines.offload
from newsarchive.items import ArticleItem, DropItem, PageItem
from pipelines.extract import ExtractPipeline

PAGE = """<html lang="de"><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>Die Sparkasse redet auf Facebook mit ihren Kunden, die Volksbank twittert über neue
Filialen, und die Großbanken schauen zu. {marker}</p></article></body></html>"""


class HelperSite(Spider):
    """A site whose helper sets the section, and stalls on marked pages."""

    name = "helper_site"

    @staticmethod
    def _parse_section(doc: Any, article: dict[str, Any]) -> str | None:
        text = doc.get_text()
        if "LANGSAM" in text:
            time.sleep(1)
        if "KURZ" in text:
            time.sleep(0.3)
        if "HAENGT" in text:
            time.sleep(3600)
        return "Geprüft"


def page(number: int, marker: str = "") -> PageItem:
    body = PAGE.format(title=f"Artikel {number}", marker=marker).encode()
    return PageItem(url=f"https://example.de/{number}.html", site="helper_site", body=body,
                    encoding="utf-8")  # fmt: skip


async def extract_all(pages: list[PageItem]) -> list[Any]:
    """Every page's outcome (article or drop), in the order they left the stage."""
    crawler = get_crawler(HelperSite, {"ARCHIVE_WORKERS": 2, "ARCHIVE_PAGE_TIMEOUT": 4})
    crawler.spider = HelperSite()
    stage = ExtractPipeline.from_crawler(crawler)
    left: list[Any] = []

    async def one(item: PageItem) -> None:
        try:
            left.append(await stage.process_item(item))
        except DropItem as dropped:
            left.append(dropped)

    await stage.open_spider()
    try:
        await asyncio.gather(*(one(p) for p in pages))
    finally:
        await stage.close_spider()
    return left


def test_helpers_budget_and_order_in_the_pool(tmp_path: Path) -> None:
    pages = [page(1, "LANGSAM"), page(2, "HAENGT"), page(3), page(4, "LANGSAM"), page(5)]
    left = asyncio.run(extract_all(pages))
    dropped = left[1]
    assert isinstance(dropped, DropItem)
    assert (dropped.stage, dropped.reason) == ("extract", "timeout")
    articles = [r for r in left if isinstance(r, ArticleItem)]
    assert [a.title for a in articles] == ["Artikel 1", "Artikel 3", "Artikel 4", "Artikel 5"]
    assert {a.section for a in articles} == {"Geprüft"}  # the helper ran in the worker


def test_pages_wait_in_batches_and_a_stuck_batch_is_run_again_page_by_page() -> None:
    batches: list[int] = []
    original = pipelines.offload.Offload._send

    async def counted(self: Any, pool: Any, function: Any, batch: Any, calls: list[Any]) -> None:
        batches.append(len(calls))
        await original(self, pool, function, batch, calls)

    pipelines.offload.Offload._send = counted  # type: ignore[method-assign]
    try:  # two workers busy with the first two pages: the other six wait, then go as one
        pages = [page(1, "KURZ"), page(2, "KURZ"), page(3), page(4, "HAENGT"),
                 *(page(n) for n in range(5, 9))]  # fmt: skip
        left = asyncio.run(extract_all(pages))
    finally:
        pipelines.offload.Offload._send = original  # type: ignore[method-assign]
    assert batches[:2] == [1, 1]
    assert batches[2] == 6  # one round trip for six pages
    assert [getattr(r, "reason", None) for r in left] == [None] * 3 + ["timeout"] + [None] * 4
    assert [r.title for r in left if isinstance(r, ArticleItem)] == [
        f"Artikel {n}" for n in (1, 2, 3, 5, 6, 7, 8)
    ]
