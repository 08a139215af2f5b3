"""Helpers of the distributed tests: a Redis per test, workers and ingest as processes."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path
from typing import Any

from demo_helpers import query

from newsarchive.crawl.distributed import keys
from newsarchive.demo.server import DEMO_CRAWL_SETTINGS, DemoServer, MirrorHandler

#: Seconds an answer of a gated mirror waits for the test to open the gate.
GATE_TIMEOUT = 60

#: Settings of the fleet in tests: dead workers are noticed after 4 s.
FLEET_SETTINGS = {"ARCHIVE_REDIS_WORKER_TIMEOUT": "4"}


def set_args(settings: dict[str, str]) -> list[str]:
    """``--set NAME=VALUE`` arguments."""
    return [arg for name, value in settings.items() for arg in ("--set", f"{name}={value}")]


def start_worker(redis_url: str, base_url: str, spiders: list[str], log: Path,
                 **settings: str) -> subprocess.Popen[bytes]:  # fmt: skip
    """``newsarchive worker`` against the mirror at ``base_url``, logging to ``log``."""
    overrides = {**DEMO_CRAWL_SETTINGS, "ARCHIVE_BASE_URL": base_url, **FLEET_SETTINGS,
                 **settings}  # fmt: skip
    command = [sys.executable, "-m", "newsarchive", "worker", "--redis", redis_url, *spiders,
               *set_args(overrides)]  # fmt: skip
    env = {**os.environ, "ARCHIVE_LOG_LEVEL": "WARNING"}
    with log.open("ab") as out:  # in the log's folder: the worker's own log file goes there
        return subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT,
                                cwd=log.parent)  # fmt: skip


def start_ingest(redis_url: str, db: Path, log: Path, **settings: str) -> subprocess.Popen[bytes]:
    """``newsarchive ingest --until-done`` into ``db``."""
    command = [sys.executable, "-m", "newsarchive", "ingest", "--redis", redis_url, "--db",
               str(db), "--until-done", *set_args({**FLEET_SETTINGS, **settings})]  # fmt: skip
    env = {**os.environ, "ARCHIVE_LOG_LEVEL": "WARNING"}
    with log.open("ab") as out:
        return subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)


def wait_for_workers(redis_url: str, count: int, processes: list[subprocess.Popen[bytes]],
                     timeout: float = GATE_TIMEOUT) -> set[str]:  # fmt: skip
    """Wait until ``count`` distinct workers have sent a heartbeat (each has opened a
    spider); their ids. Fails early when a process has exited."""
    server = keys.connect(redis_url)
    deadline = time.monotonic() + timeout
    while True:
        ids = {name.decode().rsplit(":", 1)[0] for name in server.hkeys(keys.Keys().workers)}
        if len(ids) >= count:
            return ids
        exited = [p.args for p in processes if p.poll() is not None]
        assert not exited, f"exited before all workers were up: {exited}"
        assert time.monotonic() < deadline, f"{len(ids)} of {count} workers up after {timeout} s"
        time.sleep(0.05)


def archive_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """What must be equal between two archives of the same crawl."""
    return {
        "articles": query(db, "SELECT url, site, title, relevance FROM articles ORDER BY url"),
        "copies": query(db, "SELECT url, original_url FROM copies ORDER BY url"),
        "skipped": query(db, "SELECT url, site, reason FROM skipped ORDER BY url"),
        "failures": query(db, "SELECT url, stage, reason FROM failures ORDER BY url, stage"),
    }


class CountingHandler(MirrorHandler):
    """The mirror's handler, counting requests in progress per host (the path's first
    segment is the real host), and sending an ``ETag`` made of the path with every answer
    (for the validators a re-check uses)."""

    def end_headers(self) -> None:
        self.send_header("ETag", etag_of(self.path))
        super().end_headers()

    def answer(self, with_body: bool) -> None:
        server: Any = self.server
        if not server.gate.wait(GATE_TIMEOUT):  # the test opens it (or never closed it)
            raise TimeoutError("the mirror's gate was never opened")
        host = self.path.lstrip("/").split("/", 1)[0]
        with server.count_lock:
            server.active[host] = server.active.get(host, 0) + 1
            server.peak[host] = max(server.peak.get(host, 0), server.active[host])
        try:
            super().answer(with_body)
        finally:
            with server.count_lock:
                server.active[host] -= 1


def etag_of(path: str) -> str:
    """The ``ETag`` :class:`CountingHandler` sends for ``path``."""
    return f'"{zlib.crc32(path.encode()):08x}"'


def counting_mirror(latency: float, gated: bool = False) -> DemoServer:
    """The demo mirror with :class:`CountingHandler`: ``server.server.peak`` holds the
    most requests in progress at once per host. ``gated``: every answer waits until the
    test sets ``server.server.gate`` (so workers started one after another begin together)."""
    mirror = DemoServer(latency=latency)
    inner: Any = mirror.server
    inner.RequestHandlerClass = CountingHandler
    inner.gate = threading.Event()
    if not gated:
        inner.gate.set()
    inner.count_lock = threading.Lock()
    inner.active = {}
    inner.peak = {}
    return mirror
