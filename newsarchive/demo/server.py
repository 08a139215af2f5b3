"""A small HTTP server for the demo mirror on 127.0.0.1.

The mirror is a directory tree ``<host>/<path>``, built from ``newsarchive/demo/content.yaml``
on first use (:func:`newsarchive.demo.site_dir`): ``GET /www.welt.de/a.html`` answers
with ``site/www.welt.de/a.html``, a directory with its ``index.html``, and ``/robots.txt``
with the mirror's own robots.txt. Addresses that need more than a plain file are listed
in ``routes.json``, each entry with:

* ``path`` – the mirror path (``/<host>/<path>``), matched exactly;
* ``query`` – optional; matches when every listed parameter has that value in the
  request (other parameters are ignored, as WordPress ignores ``_fields``); the first
  matching entry wins, so list specific queries before the bare path;
* ``file`` – the body, relative to the site directory (default: none, empty body);
* ``status`` (default 200), ``content_type``, ``headers`` (extra headers);
* ``location`` – for redirects: an absolute *real* URL (``https://www.welt.de/...``),
  which the crawler's ``BaseUrlMiddleware`` maps back to the mirror;
* ``delay`` – seconds to wait before answering.

Use :class:`DemoServer` from tests (``with DemoServer() as base_url: ...``) or run
``python -m newsarchive.demo.server --port 8765``.
"""

from __future__ import annotations

import argparse
import json
import logging
import mimetypes
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from newsarchive.demo import routes_file as demo_routes_file
from newsarchive.demo import site_dir

logger = logging.getLogger(__name__)

#: Content types by file extension; anything else is guessed by :mod:`mimetypes`.
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".gz": "application/x-gzip",
}


@dataclass
class Route:
    """How one mirror address is answered (see the module docstring)."""

    path: str
    query: dict[str, str] = field(default_factory=dict)
    file: str | None = None
    status: int = 200
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    location: str | None = None
    delay: float = 0.0

    def matches(self, path: str, query: dict[str, list[str]]) -> bool:
        """Whether a request for ``path`` with ``query`` is answered by this route."""
        return path == self.path and all(query.get(k) == [v] for k, v in self.query.items())


def load_routes(path: Path | None = None) -> list[Route]:
    """The routes of a ``routes.json`` file (a JSON list of objects; default: the
    demo's)."""
    path = path or demo_routes_file()
    if not path.exists():
        return []
    return [Route(**entry) for entry in json.loads(path.read_text("utf-8"))]


def content_type_for(path: Path) -> str:
    """The ``Content-Type`` a file is served with by default."""
    if path.suffix in CONTENT_TYPES:
        return CONTENT_TYPES[path.suffix]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "text/html; charset=utf-8"


class MirrorServer(ThreadingHTTPServer):
    """A threading HTTP server that knows the mirror's root, routes and latency."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], root: Path, routes: list[Route],
                 latency: float = 0.0) -> None:  # fmt: skip
        super().__init__(address, MirrorHandler)
        self.root = root.resolve()
        self.routes = routes
        self.latency = latency
        self.hits: list[str] = []  #: request paths with query, in arrival order

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore clients that went away (a killed crawl); report anything else."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class MirrorHandler(BaseHTTPRequestHandler):
    """Answers one request from the mirror directory or the routes."""

    server: MirrorServer
    server_version = "newsarchive-demo/1.0"

    def do_GET(self) -> None:
        self.answer(with_body=True)

    def do_HEAD(self) -> None:
        self.answer(with_body=False)

    def answer(self, with_body: bool) -> None:
        """Find the route or file for the request and send it."""
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        self.server.hits.append(self.path)
        route = next((r for r in self.server.routes if r.matches(path, query)), None)
        delay = self.server.latency + (route.delay if route else 0.0)
        if delay:
            time.sleep(delay)
        if route is None:
            route = self.static_route(path)
        body = b""
        if route.file is not None:
            target = self.resolve(route.file)
            if target is None:
                self.send_plain(404, "Nicht gefunden")
                return
            body = target.read_bytes()
            content_type = route.content_type or content_type_for(target)
        else:
            content_type = route.content_type or "text/html; charset=utf-8"
        self.send_response(route.status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if route.location:
            self.send_header("Location", route.location)
        for name, value in route.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def static_route(self, path: str) -> Route:
        """The default answer: the file at ``path`` (a directory's ``index.html``) or 404."""
        target = self.resolve(path.lstrip("/"))
        if target is not None and target.is_dir():
            target = self.resolve(f"{path.strip('/')}/index.html")
        if target is None or not target.is_file():
            return Route(path, status=404, file="errors/404.html")
        return Route(path, file=str(target.relative_to(self.server.root)))

    def resolve(self, relative: str) -> Path | None:
        """``relative`` below the mirror root, or ``None`` if it is missing or escapes."""
        target = (self.server.root / relative).resolve()
        if not target.is_relative_to(self.server.root) or not target.exists():
            return None
        return target

    def send_plain(self, status: int, text: str) -> None:
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s " + format, self.address_string(), *args)


class DemoServer:
    """The demo mirror served on ``host:port`` (port 0: a free one) in a thread.

    >>> with DemoServer() as base_url:  # doctest: +SKIP
    ...     httpx.get(base_url + "/www.welt.de/")
    """

    def __init__(self, root: Path | None = None, routes_file: Path | None = None,
                 host: str = "127.0.0.1", port: int = 0, latency: float = 0.0) -> None:  # fmt: skip
        """Serve ``root`` (default: the built demo mirror) with the routes of
        ``routes_file`` (default: the ``routes.json`` next to ``root``)."""
        root = root or site_dir()
        routes = load_routes(routes_file or root.parent / "routes.json")
        self.server = MirrorServer((host, port), root, routes, latency)
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``: the value for ``ARCHIVE_BASE_URL``."""
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def hits(self) -> list[str]:
        """The request paths served so far."""
        return self.server.hits

    def start(self) -> str:
        """Serve in a background thread; return the base URL."""
        if self._thread is None:
            self._thread = threading.Thread(target=self.server.serve_forever,
                                            name="demo-server", daemon=True)  # fmt: skip
            self._thread.start()
        return self.base_url

    def stop(self) -> None:
        """Stop serving and free the port."""
        if self._thread is not None:
            self.server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self.server.server_close()

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:  # fmt: skip
        self.stop()


# ------------------------------------------------------------------ demo crawls

#: Settings of a crawl of the demo mirror: no politeness delays (the mirror is local),
#: no HTTP cache, no date limit. robots.txt stays obeyed (the mirror has its own).
DEMO_CRAWL_SETTINGS: dict[str, str] = {
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0",
    "HTTPCACHE_ENABLED": "False",
    "ARCHIVE_SINCE": "",
    "CLOSESPIDER_TIMEOUT": "120",
}


def mirror_hosts(root: Path | None = None) -> set[str]:
    """The hosts the mirror has pages for (its top-level directories)."""
    root = root or site_dir()
    return {p.name for p in root.iterdir() if p.is_dir() and "." in p.name}


def demo_spiders(root: Path | None = None) -> list[str]:
    """Slugs of the site spiders whose domains the mirror covers, sorted."""
    from newsarchive.crawl.sources import spider_classes

    hosts = mirror_hosts(root)
    return [
        slug for slug, cls in spider_classes().items()
        if any(h == d or h.endswith("." + d) for d in cls.allowed_domains or () for h in hosts)
    ]  # fmt: skip


def crawl_command(db_path: str | Path, base_url: str, spiders: list[str] | None = None,
                  settings: dict[str, str] | None = None) -> list[str]:  # fmt: skip
    """The command line of a crawl of the mirror at ``base_url`` into ``db_path``, run
    in its own process (Scrapy's reactor starts once per process)."""
    overrides = {**DEMO_CRAWL_SETTINGS, "ARCHIVE_BASE_URL": base_url, **(settings or {})}
    command = [sys.executable, "-m", "newsarchive", "crawl", *(spiders or []),
               "--db", str(db_path)]  # fmt: skip
    for name, value in overrides.items():
        command += ["--set", f"{name}={value}"]
    return command


#: Extra settings of the demo's history crawl: no pause between Wayback requests.
DEMO_HISTORY_SETTINGS: dict[str, str] = {"ARCHIVE_WAYBACK_DELAY": "0"}


def history_command(db_path: str | Path, base_url: str,
                    settings: dict[str, str] | None = None) -> list[str]:  # fmt: skip
    """The command line of the demo's history crawl (``crawl-history`` of
    ``HISTORY_SITE`` over ``HISTORY_FROM``–``HISTORY_TO``) against the mirror's recorded
    Wayback Machine, into ``db_path``; politeness settings stay overridable."""
    from newsarchive.demo import HISTORY_FROM, HISTORY_SITE, HISTORY_TO

    overrides = {**DEMO_CRAWL_SETTINGS, **DEMO_HISTORY_SETTINGS, "ARCHIVE_BASE_URL": base_url,
                 **(settings or {})}  # fmt: skip
    command = [sys.executable, "-m", "newsarchive", "crawl-history", HISTORY_SITE,
               "--from", str(HISTORY_FROM), "--to", str(HISTORY_TO),
               "--db", str(db_path)]  # fmt: skip
    for name, value in overrides.items():
        command += ["--set", f"{name}={value}"]
    return command


def backfill_command(db_path: str | Path, base_url: str,
                     settings: dict[str, str] | None = None) -> list[str]:  # fmt: skip
    """The command line of the demo's backfill (``crawl BACKFILL_SITE --since
    BACKFILL_SINCE``: every month of WELT's sitemap archive) into ``db_path``."""
    from newsarchive.demo import BACKFILL_SINCE, BACKFILL_SITE

    return [*crawl_command(db_path, base_url, [BACKFILL_SITE], settings),
            "--since", BACKFILL_SINCE]  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    """``python -m newsarchive.demo.server``: serve the mirror until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds per response")
    args = parser.parse_args(argv)
    server = DemoServer(host=args.host, port=args.port, latency=args.latency)
    print(f"Demo mirror on {server.base_url} (ARCHIVE_BASE_URL={server.base_url})", flush=True)
    try:
        server.server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server.server_close()


if __name__ == "__main__":
    main()
