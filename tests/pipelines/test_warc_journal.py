"""The WARC journal stage: failures, parse errors included, are written to the WARC files
so that ``import-warc`` of the crawl's own files rebuilds the same failure rows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from newsarchive.archive.crawlstate import release
from newsarchive.archive.warcfiles import RESPONSE_META, resolve
from newsarchive.crawl.sources import spider_classes
from newsarchive.crawl.warcpages import RecordReader
from newsarchive.crawl.warcsites import SiteMatcher
from newsarchive.items import FailureItem
from pipelines.store import StorePipeline
from pipelines.warc import WarcJournalPipeline

URL = "https://www.welt.de/sitemaps/newssitemap/newssitemap.xml"


class Welt(Spider):
    name = "welt"


@pytest.fixture
def crawler(tmp_db: Path) -> Iterator[Crawler]:
    made = get_crawler(Welt, {"ARCHIVE_DB": str(tmp_db), "ARCHIVE_FLUSH_SECONDS": 60})
    yield made
    release(made)


def parse_error(crawler: Crawler, meta: dict[str, object] | None = None) -> None:
    response = HtmlResponse(URL, body=b"<urlset>", request=Request(URL, meta=meta))
    try:
        raise KeyError("loc")
    except KeyError:
        failure = Failure()
    crawler.signals.send_catch_log(signals.spider_error, failure=failure, response=response,
                                   spider=Welt())  # fmt: skip


def test_a_parse_error_is_journaled_and_imported_as_the_same_failure(
    crawler: Crawler, tmp_db: Path
) -> None:
    journal = WarcJournalPipeline.from_crawler(crawler)  # (signals hold weak references)
    store = StorePipeline.from_crawler(crawler)
    parse_error(crawler)
    store.close_spider()
    journal.close_spider()
    db = sqlite_utils.Database(tmp_db)
    (row,) = db.execute(
        "SELECT url, site, stage, reason, detail, warc_file, warc_offset, warc_record_id "
        "FROM failures"
    ).fetchall()
    assert row[:5] == (URL, "welt", "parse", "KeyError", "'loc'")
    assert row[5]  # it points at its journal record
    assert row[6] is not None
    assert row[7]
    reader = RecordReader(resolve(row[5], tmp_db), SiteMatcher(spider_classes()))
    (item,) = list(reader.items())
    assert isinstance(item, FailureItem)
    assert (item.url, item.site, item.stage, item.reason, item.detail) == row[:5]
    assert (item.warc_offset, item.warc_record_id) == (row[6], row[7])


def test_without_warc_files_a_parse_error_is_still_a_failure_row(tmp_db: Path) -> None:
    crawler = get_crawler(Welt, {"ARCHIVE_DB": str(tmp_db), "ARCHIVE_WARC": False})
    journal = WarcJournalPipeline.from_crawler(crawler)
    store = StorePipeline.from_crawler(crawler)
    parse_error(crawler)
    store.close_spider()
    journal.close_spider()
    release(crawler)
    rows = sqlite_utils.Database(tmp_db).execute("SELECT stage, warc_file FROM failures")
    assert rows.fetchall() == [("parse", None)]
    assert not (tmp_db.parent / "warc").exists()


def test_the_journal_names_the_page_whose_parse_failed(crawler: Crawler, tmp_db: Path) -> None:
    """So an import of the file leaves that page out, as the crawl did."""
    from warcio.archiveiterator import ArchiveIterator

    journal = WarcJournalPipeline.from_crawler(crawler)
    store = StorePipeline.from_crawler(crawler)
    page = {"file": "x.warc.gz", "offset": 0, "record_id": "<urn:uuid:1>", "date": "2026"}
    parse_error(crawler, {RESPONSE_META: page})
    parse_error(crawler)  # a response not recorded: no page named
    store.close_spider()
    journal.close_spider()
    rows = sqlite_utils.Database(tmp_db).execute("SELECT warc_file FROM failures")
    (name,) = {row[0] for row in rows}
    with open(resolve(name, tmp_db), "rb") as stream:
        entries = [json.loads(r.content_stream().read()) for r in ArchiveIterator(stream)
                   if r.rec_type == "metadata"]  # fmt: skip
    assert [e.get("page") for e in entries] == ["<urn:uuid:1>", None]
    assert {e["failure"]["stage"] for e in entries} == {"parse"}
