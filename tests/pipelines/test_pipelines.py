"""The extract, dedupe and store stages on a temporary archive (called directly)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.utils.test import get_crawler

from newsarchive.archive.crawlstate import archive_for, release
from newsarchive.items import ArticleItem, DropItem, FailureItem, PageItem, SkipItem
from pipelines.dedupe import DedupePipeline
from pipelines.extract import ExtractPipeline, content_hash
from pipelines.store import StorePipeline

BODY = (
    "Die GLS Bank diskutiert auf Facebook offen mit ihren Kunden über Zinsen, Gebühren und "
    "Kreditprojekte. Kritische Kommentare werden nicht gelöscht, sondern beantwortet. Andere "
    "Institute twittern über Filialöffnungen und Ausbildungsplätze, im Netzwerk Xing suchen "
    "Personalabteilungen nach Nachwuchs, und auf YouTube erklären Berater in kurzen Filmen, "
    "wie ein Bausparvertrag funktioniert. Die Großbanken dagegen halten sich zurück, weil sie "
    "fürchten, im Netz die Kontrolle über ihr Image zu verlieren. Berater halten diese Angst "
    "für übertrieben, denn die Diskussion über jede Bank finde ohnehin statt."
)
HTML = """<html lang="de"><head><title>Banken twittern | Beispiel</title>
<link rel="canonical" href="https://www.example.de/a.html?utm_source=x"></head>
<body><article><h1>Banken twittern</h1><p>{body}</p></article></body></html>"""
ORIGINAL = "https://www.welt.de/wirtschaft/article1/Banken.html"
COPY = "https://steadynews.de/2011/08/banken/"


class Site(Spider):
    name = "example"


@pytest.fixture
def crawlers(tmp_db: Path) -> Iterator[list[Crawler]]:
    made: list[Crawler] = []
    yield made
    for crawler in made:
        release(crawler)


def crawler_for(made: list[Crawler], db: Path, **settings: Any) -> Crawler:
    values = {"ARCHIVE_DB": str(db), "ARCHIVE_BATCH_SIZE": 25, "ARCHIVE_FLUSH_SECONDS": 60,
              "ARCHIVE_DUPLICATE_SIMILARITY": 0.6, **settings}  # fmt: skip
    crawler = get_crawler(Site, values)
    made.append(crawler)
    return crawler


def article(url: str, site: str, source: str | None = None, **fields: Any) -> ArticleItem:
    values = {"title": "Banken nutzen gern soziale Netzwerke", "body": BODY,
              "published": "2011-08-16T07:45:00+02:00", **fields}  # fmt: skip
    return ArticleItem(url=url, site=site, site_name=site.title(), source=source, **values)


def rows(db: Path, table: str) -> list[dict[str, Any]]:
    return list(sqlite_utils.Database(db)[table].rows)


def test_extract_turns_a_page_into_an_article(crawlers: list[Crawler], tmp_db: Path) -> None:
    stage = ExtractPipeline.from_crawler(crawler_for(crawlers, tmp_db))
    page = PageItem(url="https://www.example.de/a.html?utm_source=x", site="example",
                    body=HTML.format(body=BODY).encode(), encoding="utf-8",
                    fetched_at="2024-01-01T00:00:00+00:00")  # fmt: skip
    item = asyncio.run(stage.process_item(page))
    assert isinstance(item, ArticleItem)
    assert item.url == "https://www.example.de/a.html"
    assert item.fetched_url == page.url
    assert item.title == "Banken twittern"
    assert "GLS Bank" in item.body
    assert len(item.content_hash) == 40


@pytest.mark.parametrize(("body", "reason"), [(b"", "empty"), (b"\x89PNG\x00\x00\x00", "binary")])
def test_extract_drops_pages_without_article(crawlers: list[Crawler], tmp_db: Path, body: bytes,
                                             reason: str) -> None:  # fmt: skip
    stage = ExtractPipeline.from_crawler(crawler_for(crawlers, tmp_db))
    with pytest.raises(DropItem) as dropped:
        asyncio.run(stage.process_item(PageItem(url="https://www.example.de/x", site="example",
                                                body=body)))  # fmt: skip
    assert (dropped.value.stage, dropped.value.reason) == ("extract", reason)


def test_store_upserts_without_duplicates(crawlers: list[Crawler], tmp_db: Path) -> None:
    for title in ("Erste Fassung", "Zweite Fassung"):  # a re-run with a corrected title
        crawler = crawler_for(crawlers, tmp_db)
        store = StorePipeline.from_crawler(crawler)
        store.process_item(article(ORIGINAL, "welt", title=title, banks=["GLS Bank"],
                                   networks=["Facebook", "Twitter"]))  # fmt: skip
        store.close_spider()
    (row,) = rows(tmp_db, "articles")
    assert row["title"] == "Zweite Fassung"
    assert json.loads(row["banks"]) == ["GLS Bank"]
    assert (row["year"], row["month"]) == (2011, "2011-08")
    assert len(rows(tmp_db, "article_networks")) == 2
    assert len(rows(tmp_db, "articles_fts")) == 1


def test_store_batches_until_flush(crawlers: list[Crawler], tmp_db: Path) -> None:
    crawler = crawler_for(crawlers, tmp_db, ARCHIVE_BATCH_SIZE=2)
    store = StorePipeline.from_crawler(crawler)
    store.process_item(article(ORIGINAL, "welt"))
    assert rows(tmp_db, "articles") == []
    store.process_item(FailureItem("https://www.welt.de/x", "welt", "fetch", "http-404"))
    assert len(rows(tmp_db, "articles")) == 1
    assert crawler.stats is not None
    assert crawler.stats.get_value("archive/stored") == 1
    assert crawler.stats.get_value("archive/failed/http-404") == 1


def test_dropped_items_leave_rows(crawlers: list[Crawler], tmp_db: Path) -> None:
    crawler = crawler_for(crawlers, tmp_db)
    store = StorePipeline.from_crawler(crawler)
    spider = Site()
    page = PageItem(url="https://www.welt.de/leer.html", site="welt", body=b"")
    store.item_dropped(page, None, DropItem("extract", "empty"), spider)  # type: ignore[arg-type]
    off = article("https://www.welt.de/sport.html", "welt", title="Pokalfinale")
    store.item_dropped(off, None, SkipItem("off-topic", 0.1, "no-bank"), spider)  # type: ignore[arg-type]
    odd = article("https://www.welt.de/odd.html", "welt")
    store.item_dropped(odd, None, ValueError("kaputt"), spider)  # type: ignore[arg-type]
    store.close_spider()
    failures = {(r["url"], r["stage"], r["reason"]) for r in rows(tmp_db, "failures")}
    assert failures == {("https://www.welt.de/leer.html", "extract", "empty"),
                        ("https://www.welt.de/odd.html", "pipeline", "dropped")}  # fmt: skip
    (skipped,) = rows(tmp_db, "skipped")
    assert (skipped["url"], skipped["title"], skipped["relevance"]) == (off.url, "Pokalfinale", 0.1)


def run(crawler: Crawler, *items: ArticleItem) -> None:
    dedupe, store = DedupePipeline.from_crawler(crawler), StorePipeline.from_crawler(crawler)
    for item in items:
        store.process_item(dedupe.process_item(item))


def test_copy_after_original_is_linked(crawlers: list[Crawler], tmp_db: Path) -> None:
    crawler = crawler_for(crawlers, tmp_db)
    run(crawler, article(ORIGINAL, "welt"), article(COPY, "steadynews", source="Welt Online"))
    archive_for(crawler).flush()
    assert [r["url"] for r in rows(tmp_db, "articles")] == [ORIGINAL]
    (copy,) = rows(tmp_db, "copies")
    assert (copy["url"], copy["original_url"], copy["source"]) == (COPY, ORIGINAL, "Welt Online")
    assert copy["similarity"] >= 0.9


def test_original_after_copy_demotes_it(crawlers: list[Crawler], tmp_db: Path) -> None:
    crawler = crawler_for(crawlers, tmp_db)
    run(crawler, article(COPY, "steadynews", source="Welt Online"), article(ORIGINAL, "welt"))
    archive_for(crawler).flush()
    assert [r["url"] for r in rows(tmp_db, "articles")] == [ORIGINAL]
    assert [(r["url"], r["original_url"]) for r in rows(tmp_db, "copies")] == [(COPY, ORIGINAL)]
    indexed = sqlite_utils.Database(tmp_db).execute(
        "SELECT DISTINCT a.url FROM fingerprints f JOIN articles a ON a.rowid = f.article"
    )
    assert [r[0] for r in indexed] == [ORIGINAL]


def test_copies_across_spiders_before_any_commit(crawlers: list[Crawler], tmp_db: Path) -> None:
    """Two spiders of one process: the copy's batch is not committed when the original
    arrives; the copy must still end in ``copies``, not as a second article."""
    blog, paper = crawler_for(crawlers, tmp_db), crawler_for(crawlers, tmp_db)
    run(blog, article(COPY, "steadynews", source="Welt Online"))
    run(paper, article(ORIGINAL, "welt"))
    for crawler in (paper, blog):
        archive_for(crawler).flush()
    assert [r["url"] for r in rows(tmp_db, "articles")] == [ORIGINAL]
    assert [(r["url"], r["original_url"]) for r in rows(tmp_db, "copies")] == [(COPY, ORIGINAL)]
    assert blog.stats is not None
    assert blog.stats.get_value("archive/stored") == 0  # its article became a copy
    assert blog.stats.get_value("archive/copies_stored") == 1


def test_rerun_matches_stored_articles(crawlers: list[Crawler], tmp_db: Path) -> None:
    first = crawler_for(crawlers, tmp_db)
    run(first, article(ORIGINAL, "welt"))
    release(first)
    second = crawler_for(crawlers, tmp_db)
    run(second, article(ORIGINAL, "welt"), article(COPY, "steadynews", source="Welt Online"))
    archive_for(second).flush()
    assert [r["url"] for r in rows(tmp_db, "articles")] == [ORIGINAL]
    assert [r["original_url"] for r in rows(tmp_db, "copies")] == [ORIGINAL]


class Reextraction(Spider):
    """A spider that knows which articles' texts are stored unchanged (as re-extraction)."""

    name = "reextract"

    def text_unchanged(self, item: ArticleItem) -> bool:
        return item.url == ORIGINAL


def test_an_article_whose_stored_text_is_unchanged_skips_the_look_up(
    crawlers: list[Crawler], tmp_db: Path
) -> None:
    first = crawler_for(crawlers, tmp_db)
    run(first, article(COPY, "steadynews", source="Welt Online"))  # stored as an article
    release(first)
    again = crawler_for(crawlers, tmp_db)
    again.spider = Reextraction()
    dedupe = DedupePipeline.from_crawler(again)
    same = dedupe.process_item(article(ORIGINAL, "welt"))
    assert (same.original_url, same.demote_url, same.fingerprints) == (None, None, [])
    other = dedupe.process_item(article(ORIGINAL + "?neu", "welt"))
    assert other.fingerprints  # other articles are looked up as ever
    assert other.demote_url == COPY
    assert again.stats is not None
    assert again.stats.get_value("archive/dedupe/unchanged") == 1


@pytest.mark.parametrize(
    "variant",
    [
        "Die  Bank\n\ntwittert.",
        " die bank twittert. ",
        "Die\u00a0Bank\u2003twittert.",
        "DIE\tBANK\r\nTWITTERT.",
    ],
)
def test_content_hash_folds_white_space_and_case(variant: str) -> None:
    """Every kind of white space (``\\s``, Unicode's too) folds, case is ignored."""
    assert content_hash(variant) == content_hash("die bank twittert.")
    assert content_hash(variant) != content_hash("die banktwittert.")
