"""The archive's history on the demo mirror: the crawl's WARC files, an import of them
into a fresh archive, re-extraction, and the backfill from WELT's sitemap archive."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from demo_helpers import CRAWL_TIMEOUT, DemoCrawl, query

from newsarchive.archive.warcfiles import resolve
from newsarchive.archive.warcread import read_record_at
from newsarchive.demo.server import backfill_command

pytestmark = pytest.mark.slow

#: What an import or a re-extraction must rebuild exactly (provenance and bookkeeping
#: columns, which say where and when a row was written, are left out).
LEFT_OUT = {"warc_file", "warc_offset", "warc_record_id", "source_archive", "crawl_id",
            "recorded_at", "detail"}  # fmt: skip


def newsarchive(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ARCHIVE_LOG_LEVEL": "WARNING"}
    return subprocess.run([sys.executable, "-m", "newsarchive", *args], env=env, text=True,
                          capture_output=True, timeout=CRAWL_TIMEOUT, check=False)  # fmt: skip


def rows(db: Path, table: str) -> dict[tuple[Any, ...], dict[str, Any]]:
    """A table's rows by key, without the left-out columns."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        found = {}
        for row in conn.execute(f"SELECT * FROM {table}"):
            data = {k: row[k] for k in row.keys() if k not in LEFT_OUT}  # noqa: SIM118
            found[(data["url"], data.get("stage"))] = data
        return found


def same_folder_copy(db: Path, target: Path) -> Path:
    """A copy of an archive whose rows still find the WARC files (linked beside it)."""
    copy = target / db.name
    shutil.copy(db, copy)
    (target / "warc").symlink_to(db.parent / "warc")
    return copy


def test_the_crawl_writes_every_page_to_warc_files(demo_crawl: DemoCrawl) -> None:
    files = sorted((demo_crawl.full_db.parent / "warc").glob("*.warc.gz"))
    assert files
    for table in ("articles", "copies", "skipped", "failures"):
        missing = query(demo_crawl.full_db, f"SELECT url FROM {table} WHERE warc_file IS NULL "
                        "OR warc_offset IS NULL OR warc_record_id IS NULL")  # fmt: skip
        assert missing == [], table
    for url, warc_file, offset, archive_url in query(
        demo_crawl.full_db, "SELECT url, warc_file, warc_offset, archive_url FROM articles"
    ):
        record = read_record_at(resolve(warc_file, demo_crawl.full_db), offset)
        assert record.kind == "response"
        head = record.http()
        assert head is not None
        assert head.status == 200
        if archive_url:  # a Wayback capture is stored as the capture it is
            assert "web.archive.org/web/" in record.uri
            assert head.get("Memento-Datetime")
        else:
            assert record.uri.split("://")[1].split("/")[0] == url.split("://")[1].split("/")[0]


def test_import_of_the_crawls_warc_files_rebuilds_the_same_rows(
    demo_crawl: DemoCrawl, tmp_path: Path
) -> None:
    db = tmp_path / "imported.db"
    done = newsarchive("import-warc", str(demo_crawl.full_db.parent / "warc"), "--db", str(db),
                       "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    summaries = json.loads(done.stdout)
    for s in summaries:
        accounted = s["imported"] + s["copies"] + s["skipped"] + s["failed"]
        assert s["records"] == accounted + sum(s["filtered"].values())
    for table in ("articles", "copies", "skipped", "failures"):
        crawled, imported = rows(demo_crawl.full_db, table), rows(db, table)
        assert imported == crawled, table
    assert {r[0] for r in query(db, "SELECT DISTINCT source_archive FROM articles")} <= {
        str(p) for p in (demo_crawl.full_db.parent / "warc").glob("*.warc.gz")}  # fmt: skip


def test_reextraction_changes_nothing_when_nothing_changed(demo_crawl: DemoCrawl,
                                                           tmp_path: Path) -> None:  # fmt: skip
    db = same_folder_copy(demo_crawl.full_db, tmp_path)
    tables = ("articles", "copies", "skipped", "failures")
    before = {t: rows(db, t) for t in tables}
    links = query(db, "SELECT * FROM article_banks ORDER BY 1, 2")
    done = newsarchive("reextract", "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads(done.stdout)
    assert summary["rows"] > 40
    assert (summary["changed"], summary["moved"], summary["unreadable"]) == (0, {}, 0)
    assert {t: rows(db, t) for t in tables} == before
    assert query(db, "SELECT * FROM article_banks ORDER BY 1, 2") == links


def test_backfill_reaches_articles_older_than_the_newest_20_children(
    demo_crawl: DemoCrawl, expected: dict[str, Any], tmp_path: Path
) -> None:
    backfill = expected["backfill"]
    assert not set(backfill["articles"]) & {
        r[0] for r in query(demo_crawl.db, "SELECT url FROM articles")
    }
    db = tmp_path / "backfill.db"
    shutil.copy(demo_crawl.db, db)
    done = subprocess.run(backfill_command(db, demo_crawl.base_url), text=True,
                          capture_output=True, timeout=CRAWL_TIMEOUT, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    stored = {r[0]: r[1] for r in query(db, "SELECT url, site FROM articles")}
    assert {u: stored.get(u) for u in backfill["articles"]} == {
        u: e["site"] for u, e in backfill["articles"].items()}  # fmt: skip
    skipped = {r[0] for r in query(db, "SELECT url FROM skipped")}
    assert set(backfill["skipped"]) <= skipped
    everywhere = {r[0] for t in ("articles", "skipped", "failures", "copies")
                  for r in query(db, f"SELECT url FROM {t}")}  # fmt: skip
    assert not set(backfill["ignored"]) & everywhere  # no topic word: not fetched
    (stats,) = query(db, "SELECT stats FROM crawls WHERE spider = 'welt' ORDER BY id DESC "
                         "LIMIT 1")  # fmt: skip
    data = json.loads(stats[0])
    assert data["archive/discovery/off_topic_url"] >= 1
    assert data["response_received_count"] > 20 + len(backfill["articles"])
    assert (db.parent / "crawls" / "backfill-backfill" / "welt").is_dir()  # resumable
