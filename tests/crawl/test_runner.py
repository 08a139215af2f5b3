"""Running crawls: spider selection, site health, summary, progress, check-sources, and a
run where one site fails and the other is stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
import sqlite_utils
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler
from site_helpers import spider_class

from newsarchive import settings
from newsarchive.crawl import health, runner, sources

ROOT = Path(__file__).parent.parent.parent
FIXTURES = Path(__file__).parent.parent / "fixtures"
AVAILABLE = {"welt": object, "faz": object, "wayback": type("W", (), {"NEEDS_ARGUMENTS": True})}


@pytest.mark.parametrize(
    ("slugs", "settings", "expected"),
    [
        ([], {}, ["faz", "welt"]),
        ([], {"ARCHIVE_DISABLED_SPIDERS": ["faz"]}, ["welt"]),
        ([], {"ARCHIVE_ENABLED_SPIDERS": ["welt", "wayback"]}, ["welt", "wayback"]),
        (["faz"], {"ARCHIVE_DISABLED_SPIDERS": ["faz"]}, ["faz"]),
    ],
)
def test_select_spiders(
    slugs: list[str], settings: dict[str, list[str]], expected: list[str]
) -> None:
    assert runner.select_spiders(slugs, AVAILABLE, Settings(settings)) == expected


def test_select_spiders_rejects_unknown_slugs() -> None:
    with pytest.raises(runner.UnknownSpider, match="nope"):
        runner.select_spiders(["nope"], AVAILABLE, Settings())


@pytest.mark.parametrize(
    ("stats", "verdict"),
    [
        ({"archive/stored": 3, "archive/failed": 9}, None),
        ({"archive/skipped": 1}, None),
        ({"archive/discovery/known": 20, "response_received_count": 2}, None),
        ({"archive/discovery/known": 20, "archive/discovery/requested": 3,
          "archive/failed/robots-disallowed": 1, "archive/dropped/empty": 2}, None),
        ({"archive/discovery/known": 20, "archive/discovery/requested": 8,
          "response_received_count": 9, "archive/failed/http-403": 8}, "http-403"),
        ({"archive/failed/dns": 2, "archive/failed": 2}, "dns"),
        ({"response_received_count": 5, "archive/failed/http-403": 5}, "http-403"),
        ({"response_received_count": 0}, "unreachable"),
        ({"response_received_count": 2}, "no-articles-discovered"),
        ({"response_received_count": 4, "archive/discovery/requested": 3,
          "archive/dropped/no-text": 3}, "no-articles-extracted:no-text"),
    ],
)  # fmt: skip
def test_site_failure(stats: dict[str, int], verdict: str | None) -> None:
    assert health.site_failure(stats) == verdict


def test_summary_flags_failing_sites() -> None:
    ok = runner.summarise("welt", {"response_received_count": 4, "archive/stored": 3})
    bad = runner.summarise("faz", {"archive/site_failed": "dns", "finish_reason": "finished"})
    text = runner.format_summary([ok, bad])
    assert "FAILING SITE (dns)" in text
    assert "1 of 2 sites failed: faz" in text
    assert runner.progress_line("welt", {"archive/stored": 3}).startswith("welt: 0 pages, 3 stored")


class Mirror(BaseHTTPRequestHandler):
    """welt.de from the test fixtures; handelsblatt.com forbids everything."""

    user_agents: ClassVar[set[str]] = set()

    def do_GET(self) -> None:
        self.user_agents.add(self.headers.get("User-Agent", ""))
        host, _, path = self.path.lstrip("/").partition("/")
        listings = {"sitemaps/newssitemap/newssitemap.xml": "newssitemap.xml",
                    "feeds/section/wirtschaft.rss": "wirtschaft.rss"}  # fmt: skip
        name = listings.get(path.split("?")[0])
        if host == "www.welt.de" and (name or "/article" in path):
            body = (FIXTURES / "welt" / (name or "article.html")).read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/xml" if name else "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(403 if host == "www.handelsblatt.com" else 404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def mirror() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Mirror)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_check_sources_reports_ok_and_failing(mirror: str) -> None:
    classes = sources.spider_classes()
    checks = sources.check_sources([classes["welt"], classes["handelsblatt"]], mirror, 10)
    welt, handelsblatt = checks
    assert welt.ok, welt
    assert welt.article.startswith("https://www.welt.de/wirtschaft/article106312345/")
    assert not handelsblatt.ok
    assert "403" in handelsblatt.error
    assert "FAILED" in sources.format_checks(checks)
    assert Mirror.user_agents == {settings.USER_AGENT}  # names the project and a contact


@pytest.mark.slow
def test_crawl_reports_a_failing_site_and_stores_the_others(mirror: str, tmp_path: Path) -> None:
    db_path = tmp_path / "run.db"
    env = {**os.environ, "ARCHIVE_BASE_URL": mirror, "ARCHIVE_RELEVANCE_THRESHOLD": "0",
           "ARCHIVE_LOG_LEVEL": "WARNING", "ARCHIVE_PROGRESS_SECONDS": "0"}  # fmt: skip
    command = [str(Path(sys.executable).parent / "newsarchive"), "crawl", "welt", "handelsblatt",
               "--db", str(db_path), "--set", "DOWNLOAD_DELAY=0",
               "--set", "AUTOTHROTTLE_ENABLED=0"]  # fmt: skip
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-3000:]
    lines = {line.split()[0]: line for line in run.stdout.splitlines() if line.strip()}
    assert "FAILING SITE (http-403)" in lines["handelsblatt"]
    assert "FAILING" not in lines["welt"]
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count >= 1
    crawls = {r["spider"]: json.loads(r["stats"]) for r in db.query("SELECT * FROM crawls")}
    assert crawls["handelsblatt"]["archive/site_failed"] == "http-403"
    assert "archive/site_failed" not in crawls["welt"]


@pytest.mark.parametrize(("slug", "expected"), [("faz", 7), ("welt", 200)])
def test_site_settings_apply_to_their_site_only(slug: str, expected: int) -> None:
    settings = {"ARCHIVE_SITE_SETTINGS": {"faz": {"ARCHIVE_MAX_ARTICLES": 7}},
                "ARCHIVE_MAX_ARTICLES": 200, "ARCHIVE_INCREMENTAL": False}  # fmt: skip
    crawler = get_crawler(spider_class(slug), settings)
    assert crawler.settings.getint("ARCHIVE_MAX_ARTICLES") == expected
