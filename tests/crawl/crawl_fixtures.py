"""Pieces of the crawl tests that run ``newsarchive crawl`` in a subprocess: a mirror of
the web with routes, a site whose page hangs its extraction, a resolver that resolves
nothing (an offline machine), and the command line.

The subprocess finds this module on ``PYTHONPATH`` (:func:`crawl_env`); the spider is
loaded with ``SPIDER_MODULES=spiders,crawl_fixtures``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

from twisted.internet import defer
from twisted.internet.error import DNSLookupError
from twisted.internet.interfaces import IResolverSimple
from zope.interface import implementer

from newsarchive.crawl.base import FeedSpider

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
#: A marker that makes :class:`HangingSpider`'s helper hang, as a hostile page would.
HANG = "BLEIBT-HAENGEN"


class HangingSpider(FeedSpider):
    """A site with one page that never finishes extraction (its helper sleeps)."""

    name = "hanging"
    site_name = "Hängt"
    allowed_domains: ClassVar[list[str]] = ["haengt.example"]
    feed_urls = ("https://haengt.example/feed.rss",)

    @staticmethod
    def _parse_section(doc: Any, article: dict[str, Any]) -> str | None:
        if HANG in doc.get_text():
            time.sleep(3600)
        return None


@implementer(IResolverSimple)
class OfflineResolver:
    """Resolves nothing but ``localhost`` (``TWISTED_DNS_RESOLVER`` of an offline run)."""

    def __init__(self, reactor: Any) -> None:
        self.reactor = reactor

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> OfflineResolver:
        return cls(reactor)

    def install_on_reactor(self) -> None:
        self.reactor.installResolver(self)

    def getHostByName(self, name: str, timeout: Any = ()) -> defer.Deferred[str]:
        if name in ("localhost", "127.0.0.1"):
            return defer.succeed("127.0.0.1")
        return defer.fail(DNSLookupError(f"no results for hostname lookup: {name}"))


@dataclass
class Route:
    """One answer of the mirror: a body, a status, a redirect."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None


@dataclass
class Mirror:
    """``ARCHIVE_BASE_URL`` for the crawl: ``/<host>/<path>`` answered from ``routes``
    (404 otherwise); ``hits`` lists every path asked for."""

    routes: dict[str, Route]
    hits: list[str] = field(default_factory=list)
    base_url: str = ""


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[Mirror]:
    """Serve ``routes`` (keys ``host/path``) on a free port while the block runs."""
    mirror = Mirror(routes)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            mirror.hits.append(self.path)
            route = mirror.routes.get(self.path.lstrip("/"), Route(status=404))
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            if route.location:
                self.send_header("Location", route.location)
            self.end_headers()
            self.wfile.write(route.body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    mirror.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield mirror
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def feed(*urls: str) -> Route:
    """An RSS feed listing ``urls``."""
    items = "".join(f"<item><title>Artikel</title><link>{u}</link></item>" for u in urls)
    body = f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'
    return Route(body.encode(), content_type="application/rss+xml")


def sitemap(*urls: str) -> Route:
    """An XML sitemap listing ``urls``."""
    entries = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
    return Route(body.encode(), content_type="application/xml")


def crawl_env(**settings: str) -> dict[str, str]:
    """The environment of a crawl subprocess: this module importable, quiet progress."""
    path = os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH", "")]))
    return {**os.environ, "PYTHONPATH": path, "ARCHIVE_PROGRESS_SECONDS": "0", **settings}


def run_crawl(db: Path, spiders: list[str], env: dict[str, str], *sets: str,
              timeout: float = 180) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """``newsarchive crawl SPIDERS --db DB --set ...`` from the repository root."""
    command = [sys.executable, "-m", "newsarchive", "crawl", *spiders, "--db", str(db),
               "--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=0"]  # fmt: skip
    for item in sets:
        command += ["--set", item]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)  # fmt: skip
