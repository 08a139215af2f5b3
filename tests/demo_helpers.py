"""Helpers of the slow tests: free ports, child processes, demo crawls, queries."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsarchive.demoserver import crawl_command, history_command

#: Seconds a demo crawl subprocess may take before the test gives up.
CRAWL_TIMEOUT = 120


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, timeout: float = 30.0, process: subprocess.Popen[Any] | None = None
                  ) -> None:  # fmt: skip
    """Block until something accepts connections on 127.0.0.1:``port``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before listening")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port} after {timeout} s")


def stop_process(process: subprocess.Popen[Any]) -> None:
    """Terminate a child process (and kill it if it does not stop)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


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
