"""Nothing lost between the stages: errors of any stage become failure rows, off-topic
pages keep their title, committed articles leave the dedupe stage's memory."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

import pipelines.dedupe
from newsarchive.archive.crawlstate import release
from newsarchive.items import ArticleItem, PageItem, SkipItem
from pipelines.classify import ClassifyPipeline
from pipelines.dedupe import DedupePipeline
from pipelines.store import StorePipeline, failing_stage

BODY = (
    "Die GLS Bank diskutiert auf Facebook offen mit ihren Kunden über Zinsen und "
    "Gebühren. Kritische Kommentare werden beantwortet, nicht gelöscht. "
) * 4


class Site(Spider):
    name = "example"


@pytest.fixture
def crawler(tmp_db: Path) -> Iterator[Crawler]:
    made = get_crawler(
        Site,
        {
            "ARCHIVE_DB": str(tmp_db),
            "ARCHIVE_BATCH_SIZE": 2,
            "ARCHIVE_FLUSH_SECONDS": 60,
            "ARCHIVE_DUPLICATE_SIMILARITY": 0.6,
        },
    )
    yield made
    release(made)


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    return list(sqlite_utils.Database(db).execute(sql).fetchall())


def caught(call: Any, *args: Any) -> Failure:
    try:
        call(*args)
    except Exception:
        return Failure()
    raise AssertionError("no exception")


def test_an_exception_in_a_stage_names_that_stage(
    crawler: Crawler, tmp_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str) -> list[int]:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(pipelines.dedupe, "fingerprint", broken)
    dedupe = DedupePipeline.from_crawler(crawler)
    page = PageItem(url="https://www.example.de/a.html", site="example", body=b"<html>")
    failure = caught(dedupe.process_item, ArticleItem(url=page.url, site="example", body=BODY))
    assert failing_stage(failure) == "dedupe"
    store = StorePipeline.from_crawler(crawler)
    store.item_error(page, None, Site(), failure)
    store.close_spider()
    assert rows(tmp_db, "SELECT url, stage, reason, detail FROM failures") == [
        (page.url, "dedupe", "recursion-error", "RecursionError: maximum recursion depth exceeded")
    ]
    assert crawler.stats is not None
    assert crawler.stats.get_value("archive/failed") == 1


def test_an_exception_outside_the_stages_is_a_pipeline_failure() -> None:
    assert failing_stage(caught(int, "x")) == "pipeline"


def test_item_error_is_connected(crawler: Crawler, tmp_db: Path) -> None:
    from scrapy import signals

    store = StorePipeline.from_crawler(crawler)  # signals hold weak references: keep it
    page = PageItem(url="https://www.example.de/b.html", site="example", body=b"")
    crawler.signals.send_catch_log(
        signals.item_error, item=page, response=None, spider=Site(), failure=caught(int, "x")
    )
    store.close_spider()
    assert rows(tmp_db, "SELECT url, stage, reason FROM failures") == [
        (page.url, "pipeline", "value-error")
    ]


def test_skipped_pages_keep_the_article_title(crawler: Crawler, tmp_db: Path) -> None:
    classify = ClassifyPipeline.from_crawler(crawler)
    article = ArticleItem(
        url="https://www.example.de/sport.html",
        site="example",
        title="Pokalfinale in Berlin",
        body="Der Ball ist rund. " * 20,
    )
    with pytest.raises(SkipItem) as skipped:
        asyncio.run(classify.process_item(article))
    store = StorePipeline.from_crawler(crawler)
    page = PageItem(url=article.url, site="example", body=b"...")  # what the signal carries
    store.item_dropped(page, None, skipped.value, Site())  # type: ignore[arg-type]
    store.close_spider()
    assert rows(tmp_db, "SELECT url, title FROM skipped") == [
        (article.url, "Pokalfinale in Berlin")
    ]


def test_committed_articles_leave_the_seen_index(crawler: Crawler, tmp_db: Path) -> None:
    dedupe = DedupePipeline.from_crawler(crawler)
    store = StorePipeline.from_crawler(crawler)
    texts = [f"Artikel {n}: " + " ".join(f"wort{n}x{i}" for i in range(200)) for n in range(5)]
    for n, text in enumerate(texts):
        store.process_item(
            dedupe.process_item(
                ArticleItem(url=f"https://www.example.de/{n}", site="example", body=text)
            )
        )
    assert list(dedupe.seen.entries) == ["https://www.example.de/4"]  # the one not committed
    copy = ArticleItem(url="https://blog.de/0", site="blog", body=texts[0], source="Example")
    assert dedupe.process_item(copy).original_url == "https://www.example.de/0"  # from disk
