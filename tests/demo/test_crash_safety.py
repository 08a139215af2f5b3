"""A crawl killed with SIGKILL mid-way leaves a sound archive; the next run completes it."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from demo_helpers import CRAWL_TIMEOUT, DemoCrawl, query, run_crawl

from newsarchive.bench.localserver import stop_process
from newsarchive.demo.server import DemoServer, crawl_command
from newsarchive.sqlite import sqlite3

pytestmark = pytest.mark.slow

#: Seconds the slowed-down mirror waits before each answer, so the crawl has a middle.
LATENCY = 0.2


def stored_articles(db: Path) -> int:
    """Committed articles, or 0 while the file or table does not exist yet."""
    try:
        return int(query(db, "SELECT count(*) FROM articles")[0][0])
    except sqlite3.Error:
        return 0


def test_kill_mid_crawl_then_resume(demo_crawl: DemoCrawl, expected: dict[str, Any],
                                    tmp_path: Path) -> None:  # fmt: skip
    db = tmp_path / "crash.db"
    settings = {"ARCHIVE_BATCH_SIZE": "2", "ARCHIVE_FLUSH_SECONDS": "0.5"}
    env = {**os.environ, "ARCHIVE_LOG_LEVEL": "WARNING"}
    with DemoServer(latency=LATENCY) as base_url:
        process = subprocess.Popen(
            crawl_command(db, base_url, expected["spiders"], settings), env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + CRAWL_TIMEOUT
            while stored_articles(db) < 3 and time.monotonic() < deadline:
                assert process.poll() is None, "the crawl ended before it could be killed"
                time.sleep(0.05)
            assert process.poll() is None, "the crawl ended before it could be killed"
            process.kill()  # SIGKILL: no flush, no close, no signal handler
            process.wait(timeout=10)
        finally:
            stop_process(process)
    killed_at = stored_articles(db)
    assert 3 <= killed_at < len(expected["articles"])
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    unfinished = query(db, "SELECT count(*) FROM crawls WHERE finished_at IS NULL")[0][0]
    assert unfinished >= 1

    done = run_crawl(db, demo_crawl.base_url, demo_crawl.spiders)
    assert done.returncode == 0, done.stderr[-3000:]
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    # The killed crawls' rows were closed by the next run.
    assert query(db, "SELECT count(*) FROM crawls WHERE finished_at IS NULL")[0][0] == 0
    killed = query(db, "SELECT count(*) FROM crawls WHERE finish_reason = 'killed'")[0][0]
    assert killed == unfinished
    for table in ("articles", "copies", "skipped"):
        resumed = sorted(r[0] for r in query(db, f"SELECT url FROM {table}"))
        clean = sorted(r[0] for r in query(demo_crawl.db, f"SELECT url FROM {table}"))
        assert resumed == clean, table
    fts = query(db, "SELECT count(*) FROM articles_fts")[0][0]
    assert fts == stored_articles(db)
