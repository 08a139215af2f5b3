"""Helpers of the slow tests: demo crawls in child processes, queries.

Free ports, waiting for servers and stopping child processes: newsarchive.bench.localserver.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsarchive.demo.server import crawl_command, history_command
from newsarchive.sqlite import sqlite3

#: Seconds a demo crawl subprocess may take before the test gives up.
CRAWL_TIMEOUT = 120


def run_crawl(db: Path, base_url: str, spiders: list[str], **settings: str
              ) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """Crawl the mirror at ``base_url`` into ``db`` in a subprocess (a real ``crawl``)."""
    env = {**os.environ, "ARCHIVE_LOG_LEVEL": "WARNING"}
    return subprocess.run(crawl_command(db, base_url, spiders, settings), env=env, text=True,
                          capture_output=True, timeout=CRAWL_TIMEOUT, check=False)  # fmt: skip


def run_history(db: Path, base_url: str) -> subprocess.CompletedProcess[str]:
    """The demo's history crawl (``crawl-history``) of the mirror's Wayback Machine."""
    env = {**os.environ, "ARCHIVE_LOG_LEVEL": "WARNING"}
    return subprocess.run(history_command(db, base_url), env=env, text=True,
                          capture_output=True, timeout=CRAWL_TIMEOUT, check=False)  # fmt: skip


def query(db: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` on ``db`` (a short-lived connection)."""
    with sqlite3.connect(db, timeout=10) as conn:
        return conn.execute(sql, params).fetchall()


@dataclass
class DemoCrawl:
    """A finished clean crawl of the demo mirror: ``db`` after the site spiders,
    ``full_db`` a copy of it after the history crawl too (what ``newsarchive demo`` makes)."""

    db: Path
    base_url: str
    spiders: list[str]
    output: str
    seconds: float
    full_db: Path
