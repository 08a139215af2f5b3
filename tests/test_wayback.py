"""The Wayback Machine: CDX parsing, capture addresses, Retry-After, and a history crawl
against recorded CDX and capture answers served on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import sqlite_utils

from newsarchive.crawl import wayback

FIXTURES = Path(__file__).parent / "fixtures" / "wayback"
ROOT = Path(__file__).parent.parent
SPARKASSEN = (
    "http://www.welt.de/wirtschaft/article3512345/Sparkassen-twittern-jetzt-fuer-junge-Kunden.html"
)
VOLKSBANK = (
    "http://www.welt.de/wirtschaft/webwelt/article3600001/Facebook-Seite-fuer-die-Volksbank.html"
)


def test_parse_cdx_reads_rows_and_resume_key() -> None:
    captures, resume = wayback.parse_cdx((FIXTURES / "cdx-wirtschaft-1.json").read_bytes())
    assert [c.original for c in captures][:1] == [SPARKASSEN]
    assert len(captures) == 3
    assert resume is not None
    assert resume.endswith("20090502120000")
    captures, resume = wayback.parse_cdx((FIXTURES / "cdx-wirtschaft-2.json").read_bytes())
    assert [c.original for c in captures] == [VOLKSBANK]
    assert resume is None


@pytest.mark.parametrize("body", [b"", b"[]", b"  \n"])
def test_parse_cdx_empty_answers(body: bytes) -> None:
    assert wayback.parse_cdx(body) == ([], None)


@pytest.mark.parametrize("body", [b"<html>", b'[["a","b"]]'])
def test_parse_cdx_rejects_other_answers(body: bytes) -> None:
    with pytest.raises(wayback.CdxError):
        wayback.parse_cdx(body)


def test_capture_addresses() -> None:
    capture = wayback.Capture("20090415083000", SPARKASSEN)
    assert capture.raw_url == f"https://web.archive.org/web/20090415083000id_/{SPARKASSEN}"
    assert capture.archive_url == f"https://web.archive.org/web/20090415083000/{SPARKASSEN}"
    assert capture.archived_at == "2009-04-15T08:30:00+00:00"


def test_cdx_query_asks_for_collapsed_html_captures() -> None:
    url = wayback.cdx_query("www.welt.de/wirtschaft/", 2008, 2014, limit=50, resume_key="k 1")
    query = parse_qs(urlsplit(url).query)
    assert url.startswith("https://web.archive.org/cdx/search/cdx?")
    assert query["url"] == ["www.welt.de/wirtschaft/"]
    assert query["matchType"] == ["prefix"]
    assert (query["from"], query["to"], query["limit"]) == (["2008"], ["2014"], ["50"])
    assert query["filter"] == ["statuscode:200", "mimetype:text/html"]
    assert query["collapse"] == ["urlkey"]
    assert query["resumeKey"] == ["k 1"]
    assert parse_qs(urlsplit(wayback.cdx_query("welt.de", 2008, 2009)).query)["matchType"] == [
        "domain"
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [(b"7", 7.0), (None, 60.0), (b"soon", 60.0), (b"Wed, 21 Oct 2015 07:28:00 GMT", 0.0)],
)
def test_retry_after_seconds(header: bytes | None, expected: float) -> None:
    assert wayback.retry_after_seconds(header, 60.0) == expected


def test_topic_words_prefilter() -> None:
    words = ["sparkass", "facebook"]
    assert wayback.has_topic_word(SPARKASSEN, words)
    assert not wayback.has_topic_word("http://www.welt.de/wirtschaft/article1/Opel.html", words)
    assert wayback.has_topic_word("http://x.de/a", [])


class Archive(BaseHTTPRequestHandler):
    """web.archive.org as a mirror tree: CDX pages, raw captures, one 429 first."""

    hits: list[str] = []  # noqa: RUF012
    refused = False

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        parts = urlsplit(self.path)
        if parts.path == "/web.archive.org/cdx/search/cdx":
            query = parse_qs(parts.query)
            if query["url"] != ["www.welt.de/wirtschaft/"]:
                return self.reply(b"[]", "application/json")
            page = "2" if "resumeKey" in query else "1"
            return self.reply((FIXTURES / f"cdx-wirtschaft-{page}.json").read_bytes(), "text/plain")
        if parts.path.endswith("Sparkassen-twittern-jetzt-fuer-junge-Kunden.html"):
            if not type(self).refused:
                type(self).refused = True
                self.send_response(429)
                self.send_header("Retry-After", "1")
                self.end_headers()
                return None
            return self.reply((FIXTURES / "capture-sparkassen.html").read_bytes())
        if parts.path.endswith("Facebook-Seite-fuer-die-Volksbank.html"):
            return self.reply((FIXTURES / "capture-volksbank.html").read_bytes(), "text/html")
        self.send_response(404)
        self.end_headers()
        return None

    def reply(self, body: bytes, kind: str = "text/html; charset=utf-8") -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def archive_server() -> Iterator[str]:
    Archive.hits, Archive.refused = [], False
    server = ThreadingHTTPServer(("127.0.0.1", 0), Archive)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.slow
def test_history_crawl_stores_captures_under_original_urls(
    archive_server: str, tmp_path: Path
) -> None:
    db_path = tmp_path / "history.db"
    env = {**os.environ, "ARCHIVE_BASE_URL": archive_server, "ARCHIVE_DB": str(db_path),
           "ARCHIVE_RELEVANCE_THRESHOLD": "0", "ARCHIVE_WAYBACK_DELAY": "0",
           "ARCHIVE_INCREMENTAL": "0", "ARCHIVE_LOG_LEVEL": "WARNING"}  # fmt: skip
    scrapy = Path(sys.executable).parent / "scrapy"
    run = subprocess.run(
        [str(scrapy), "crawl", "wayback", "-a", "site=welt", "-a", "from=2008", "-a", "to=2010",
         "-s", "AUTOTHROTTLE_ENABLED=0"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    db = sqlite_utils.Database(db_path)
    rows = {r["url"]: r for r in db.query("SELECT * FROM articles")}
    assert set(rows) == {
        SPARKASSEN.replace("http:", "https:"),
        VOLKSBANK.replace("http:", "https:"),
    }
    first = rows[SPARKASSEN.replace("http:", "https:")]
    assert first["site"] == "welt"
    assert first["archive_url"] == f"https://web.archive.org/web/20090415083000/{SPARKASSEN}"
    assert first["archived_at"] == "2009-04-15T08:30:00+00:00"
    assert first["title"] == "Sparkassen twittern jetzt für junge Kunden"
    assert "Die Stadtsparkasse in einer westfälischen Großstadt" in first["body"]
    assert "Eine Volksbank aus dem Süden" in rows[VOLKSBANK.replace("http:", "https:")]["body"]
    cdx = [h for h in Archive.hits if "/cdx/" in h]
    assert len(cdx) == 4  # three section prefixes, and the second page of one
    assert not [h for h in Archive.hits if "Opel" in h or "video" in h]
    assert sum("Sparkassen-twittern" in h for h in Archive.hits) == 2  # refused once (429)
    stats = json.loads(next(db.query("SELECT stats FROM crawls"))["stats"])
    assert stats["archive/wayback/retry_after"] == 1
    assert "archive/site_failed" not in stats
