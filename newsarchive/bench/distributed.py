"""Distributed crawl: pages/s with 1, 2 and 4 workers (``newsarchive bench distributed``).

A local web stands in for the real one: ``DOMAINS`` news sites, each its own server on
its own loopback address (``127.0.0.N``: Scrapy and the fleet keep their per-site limits
by host, as on the web), with a sitemap of ``PAGES`` German articles each, every page
answered after ``DELAY`` seconds (network latency). Each run starts its own
``redis-server`` and N ``newsarchive worker`` processes of :class:`BenchSpider`, each
worker holding ``PER_WORKER`` requests at once, the fleet at most
``CONCURRENT_REQUESTS_PER_DOMAIN`` (2) per site. pages/s counts article pages served
between the first request and the last answer (the workers' start-up is not timed). The
baseline is one worker of the same run; the figure is the ratio.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import scrapy

from newsarchive.bench import Options
from newsarchive.crawl.base import SitemapSpider
from newsarchive.crawl.distributed.localredis import LocalRedis

#: Sites, article pages per site, seconds before each answer, requests per worker.
DOMAINS = 8
PAGES = 40
DELAY = 0.2
PER_WORKER = 4
WORKERS = (1, 2, 4)
#: Expected scaling of 2 workers against 1 (the issue's figure).
TARGET_2V1 = 1.7

PARAGRAPH = (
    "Die Sparkasse {n} startet eine eigene Seite bei Facebook und schreibt bei Twitter "
    "über Filialen, Zinsen und Baufinanzierung. Die Bank will so junge Kunden erreichen, "
    "die kaum noch in die Filiale kommen; Volksbanken und Genossenschaftsbanken testen "
    "ähnliche Angebote in sozialen Netzwerken."
)


def host(n: int) -> str:
    """The loopback address of site ``n``."""
    return f"127.0.0.{n + 1}"


class BenchSpider(SitemapSpider):
    """The benchmark's sites: one sitemap each (their ports: ``ARCHIVE_BENCH_PORTS``)."""

    name = "bench-distributed"
    site_name = "Bench"
    allowed_domains: ClassVar[list[str]] = [host(n) for n in range(DOMAINS)]

    def discovery_requests(self) -> Iterator[scrapy.Request]:
        ports = self.settings.getlist("ARCHIVE_BENCH_PORTS")
        for n, port in enumerate(ports):
            yield scrapy.Request(f"http://{host(n)}:{port}/sitemap.xml",
                                 callback=self.parse_sitemap, errback=self.on_error)  # fmt: skip


def article_html(host: str, n: int) -> bytes:
    """An article page of a few paragraphs."""
    body = "".join(f"<p>{PARAGRAPH.format(n=f'{host} {n} {k}')}</p>" for k in range(6))
    return (f'<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Sparkasse '
            f'{n} auf Facebook</title><meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="2024-05-0{1 + n % 9}T08:00:00Z">'
            f"</head><body><article><h1>Sparkasse {n} auf Facebook</h1>{body}</article>"
            f"</body></html>").encode()  # fmt: skip


def sitemap_xml(host: str) -> bytes:
    """The sitemap of one site."""
    urls = "".join(f"<url><loc>http://{host}/artikel/{n}.html</loc></url>" for n in range(PAGES))
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
            f'"http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode()  # fmt: skip


class SlowSite(BaseHTTPRequestHandler):
    """``/sitemap.xml``, ``/artikel/<n>.html`` and ``/robots.txt``, each after the
    server's delay; article answers are timed."""

    server: Any

    def do_GET(self) -> None:
        started = time.monotonic()
        host = f"{self.server.server_address[0]}:{self.server.server_address[1]}"
        path = self.path.lstrip("/")
        time.sleep(self.server.delay)
        if path == "sitemap.xml":
            body, kind = sitemap_xml(host), "application/xml"
        elif path.startswith("artikel/"):
            body, kind = article_html(host, int(path[8:].split(".")[0])), "text/html"
        else:
            body, kind = b"User-agent: *\nAllow: /\n", "text/plain"
        self.send_response(200)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        if path.startswith("artikel/"):
            with self.server.lock:
                self.server.times.append((started, time.monotonic()))

    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve(n: int, times: list[tuple[float, float]], lock: threading.Lock
          ) -> tuple[ThreadingHTTPServer, threading.Thread]:  # fmt: skip
    """Site ``n`` on a free port of its loopback address, in a thread."""
    server: Any = ThreadingHTTPServer((host(n), 0), SlowSite)
    server.daemon_threads = True
    server.delay, server.lock, server.times = DELAY, lock, times
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


def run_fleet(workers: int, log_dir: Path) -> float:
    """Pages/s of ``workers`` workers crawling the slow sites once."""
    times: list[tuple[float, float]] = []
    lock = threading.Lock()
    sites = [serve(n, times, lock) for n in range(DOMAINS)]
    ports = ",".join(str(server.server_address[1]) for server, _ in sites)
    settings = {"AUTOTHROTTLE_ENABLED": "False",
                "DOWNLOAD_DELAY": "0", "CONCURRENT_REQUESTS": str(PER_WORKER),
                "CONCURRENT_REQUESTS_PER_DOMAIN": "2", "ARCHIVE_MAX_ARTICLES": "0",
                "SPIDER_MODULES": "spiders,newsarchive.bench.distributed",
                "ARCHIVE_REDIS_WORKER_TIMEOUT": "4", "LOG_LEVEL": "WARNING"}  # fmt: skip
    args = [a for k, v in settings.items() for a in ("--set", f"{k}={v}")]
    env = {**os.environ, "ARCHIVE_LOG_LEVEL": "WARNING"}
    try:
        with LocalRedis() as url:
            processes = []
            for n in range(workers):
                with (log_dir / f"worker-{workers}-{n}.log").open("wb") as log:
                    processes.append(subprocess.Popen(
                        [sys.executable, "-m", "newsarchive", "worker", "--redis", url,
                         BenchSpider.name, "--set", f"ARCHIVE_BENCH_PORTS={ports}", *args],
                        env=env, stdout=log, stderr=log,
                    ))  # fmt: skip
            for process in processes:
                if process.wait(timeout=600) != 0:
                    raise RuntimeError(f"a worker failed; see {log_dir}")
    finally:
        for server, thread in sites:
            server.shutdown()
            thread.join(timeout=5)
            server.server_close()
    if len(times) < DOMAINS * PAGES:
        raise RuntimeError(f"only {len(times)} of {DOMAINS * PAGES} pages fetched")
    span = max(end for _, end in times) - min(start for start, _ in times)
    return len(times) / span


def run(options: Options) -> str:
    """Pages/s with 1, 2 and 4 workers and the ratios against 1 worker."""
    log_dir = Path(tempfile.mkdtemp(prefix="bench-distributed-"))
    rates = {n: run_fleet(n, log_dir) for n in WORKERS}
    lines = [f"distributed crawl: {DOMAINS} sites x {PAGES} pages, {DELAY * 1000:.0f} ms per "
             f"answer, {PER_WORKER} requests per worker, 2 per site for the fleet"]  # fmt: skip
    for n, rate in rates.items():
        lines.append(f"  {n} worker(s): {rate:6.1f} pages/s  {rate / rates[1]:.2f}x of 1 worker")
    ratio = rates[2] / rates[1]
    verdict = "met" if ratio >= TARGET_2V1 else "MISSED"
    lines.append(f"  2 vs 1 workers: {ratio:.2f}x (target >= {TARGET_2V1}x: {verdict})")
    return "\n".join(lines)
