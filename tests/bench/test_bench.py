"""Smoke tests of the article generator and the benchmark on a few hundred articles."""

from __future__ import annotations

import http.server
import itertools
import json
import random
import threading
from pathlib import Path

import pytest

from newsarchive.archive import search
from newsarchive.archive.storage import open_db
from newsarchive.bench import Options, generate, load
from newsarchive.bench import search as bench


def test_generator_is_deterministic_and_german() -> None:
    first = list(itertools.islice(generate.generate_articles(50, seed=3), 50))
    again = list(itertools.islice(generate.generate_articles(50, seed=3), 50))
    assert first == again
    text = " ".join(a["title"] + " " + a["lead"] + " " + a["body"] for a in first)
    for word in ("Bank", "Sparkasse", "Netzwerk", "Kunden"):
        assert word in text
    assert len({a["site"] for a in first}) > 5
    assert len({a["year"] for a in first}) > 5
    assert all(json.loads(a["banks"]) and json.loads(a["networks"]) for a in first)


def test_build_writes_articles_links_and_search_index(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    timings = generate.build(path, 500, seed=2, batch=200)
    assert set(timings) == {"articles", "search_index"}
    db = open_db(path)
    assert db.table("articles").count == 500
    assert db.table("articles_search").count == 500
    assert db.table("article_banks").count >= 500
    sql = "SELECT count(*) FROM articles_search WHERE articles_search MATCH ?"
    assert db.execute(sql, [search.german_query("Bank")]).fetchone()[0] > 100


def test_ensure_archive_caches_by_parameters(tmp_path: Path) -> None:
    path, built = bench.ensure_archive(tmp_path, 300, seed=1)
    assert built
    assert path.exists()
    again, built_again = bench.ensure_archive(tmp_path, 300, seed=1)
    assert again == path
    assert not built_again
    other, _ = bench.ensure_archive(tmp_path, 300, seed=2)
    assert other != path


def test_timing_statistics() -> None:
    timing = bench.Timing("x", [float(i) for i in range(1, 101)])
    assert timing.median == pytest.approx(50.5)
    assert timing.p95 == 95.0


@pytest.mark.slow
def test_bench_runs_against_datasette(tmp_path: Path) -> None:
    text = bench.run(Options(articles=500, requests=8, directory=tmp_path))
    assert "ranked search (suche, German)" in text
    assert "articles page, 4 facets" in text
    assert "p95 < 150 ms" in text
    assert "p95 < 500 ms" in text
    assert "German search / plain FTS: median x" in text


def test_request_url_keeps_the_filters_in_the_path() -> None:
    url = bench.request_url("/a/articles.json?site=welt&year=2015", {"_size": "50"})
    assert url == "/a/articles.json?site=welt&year=2015&_size=50"
    assert bench.request_url("/a/suche.json", {"q": "ä b"}) == "/a/suche.json?q=%C3%A4+b"


def test_bench_requests_reach_the_server_with_their_filters() -> None:
    """A recording HTTP server sees every facet filter of the bench, not just _size."""
    seen: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            body = b'{"rows": [], "facet_results": {}, "facets_timed_out": []}'
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        bench.measure(f"http://127.0.0.1:{server.server_port}", "x",
                      requests=len(bench.FACET_FILTERS))  # fmt: skip
    finally:
        server.shutdown()
        server.server_close()
    facet_paths = [p for p in seen if p.startswith("/x/articles.json") and "_nofacet" not in p]
    for wanted in bench.FACET_FILTERS:
        query = [p.split("?", 1)[1] for p in facet_paths]
        assert any(q.startswith(wanted) and "_size=50" in q for q in query), wanted
    assert any("site=welt" in p and "_nofacet=1" in p for p in seen)


@pytest.mark.slow
def test_load_part_runs_briefly(tmp_path: Path) -> None:
    text = load.run(Options(articles=300, directory=tmp_path), clients=3, seconds=3.0)
    assert "load: 3 clients for 3 s, baseline: 1 client" in text
    assert "0 errors: ok" in text


def test_load_errors_are_told_by_status_and_answer(tmp_path: Path) -> None:
    """Every error of the load keeps its status (or the client's exception) and the start
    of its answer: grouped in the report, each one in the log file."""
    failures = [load.describe("feed", "/archive/suche_neu.atom?q=1", 400,
                              "<h1>SQL Interrupted</h1>\n  too long", 1612.4),
                load.describe("feed", "/archive/suche_neu.atom?q=2", 400,
                              "<h1>SQL Interrupted</h1>\n  too long", 1580.0),
                load.describe("table", "/archive/articles", "ReadTimeout", "", 1e4)]  # fmt: skip
    log = tmp_path / "errors.log"
    outcome: load.Outcome = ({"feed": [5.0]}, {"feed": 2, "table": 1}, {}, failures)
    text = load.report(outcome, ({}, {}, {}, []), 2, 1.0, log)
    assert "0 errors: MISSED" in text
    assert "2 x feed 400: <h1>SQL Interrupted</h1> too long" in text
    assert "1 x table ReadTimeout: (no body)" in text
    assert log.read_text().splitlines()[0].split("\t")[:3] == ["feed", "400", "1612 ms"]
    assert len(log.read_text().splitlines()) == 3
    page = ("<!DOCTYPE html><html lang='de'><head><title>Ungültige Anfrage</title></head>"
            "<body><nav>Archiv</nav><main><h1>Ungültige Anfrage</h1><p>Die Abfrage hat zu "
            "lange gedauert &amp; wurde abgebrochen.</p></main></body></html>")  # fmt: skip
    line = load.describe("feed", "/f", 400, page, 1.0)
    assert line.endswith(
        "\tUngültige Anfrage Die Abfrage hat zu lange gedauert & wurde abgebrochen."
    )


def test_load_mix_covers_every_kind() -> None:
    mix = load.request_mix([f"https://x.example/{i}" for i in range(50)], random.Random(1))
    assert {kind for kind, _ in mix} == {"search", "table", "article", "feed", "reading"}
    reading = [path for kind, path in mix if kind == "reading"]
    assert len(set(reading)) == load.READING_REQUESTS
    assert any("suche=" in path and "bank=" in path for path in reading)
    assert any("site=welt" in path for kind, path in mix if kind == "table")


def test_warc_bench_scan_on_a_small_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsarchive.archive.warcread import open_source, records
    from newsarchive.bench import warc

    monkeypatch.setattr(warc, "SCAN_RECORDS", 60)
    monkeypatch.setattr(warc, "SITE_SHARE", 0.2)
    path = warc.scan_file(tmp_path)
    with open_source(str(path)) as stream:
        found = [(r.kind, r.http().status) for r in records(stream)]  # type: ignore[union-attr]
    assert found == [("response", 200)] * 60
    text = warc.scan(path)
    assert "filter / bare: x" in text
    assert "target >= 0.8" in text
    assert "by CPU time, best run of each: x" in text


def test_latency_bench_serves_without_the_response_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The search part repeats 8 facet URLs over 100 requests: with the response cache on
    it would time replays (baselines too), so its Datasette runs with the cache off. (In a
    folder without ``bench/``: the server's log folder is made when missing.)"""
    from newsarchive.serve import throttle

    monkeypatch.chdir(tmp_path)

    scope = {"method": "GET", "headers": [], "path": "/archive/articles.json"}
    monkeypatch.delenv(throttle.CACHE_ENV, raising=False)
    assert throttle.cacheable(scope)
    for name, value in bench.server_env(cache=False).items():
        monkeypatch.setenv(name, value)
    assert not throttle.cacheable(scope)
    monkeypatch.delenv(throttle.CACHE_ENV)
    assert throttle.CACHE_ENV not in bench.server_env(cache=True)
    started: list[dict[str, str]] = []

    class Stop(Exception):
        pass

    def popen(*args: object, env: dict[str, str], **kwargs: object) -> None:
        started.append(env)
        raise Stop

    monkeypatch.setattr(bench.subprocess, "Popen", popen)
    monkeypatch.setattr(bench, "ensure_archive", lambda *a: (Path(__file__), False))
    with pytest.raises(Stop):
        bench.run(Options(articles=10, requests=1))
    assert started[0][throttle.CACHE_ENV] == "0"
    assert (tmp_path / "bench").is_dir()


def test_load_runs_before_its_baseline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The single-client baseline must not warm the response cache for the load."""
    import contextlib
    import sqlite3

    db = tmp_path / "archive.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE articles (url TEXT)")
        conn.executemany("INSERT INTO articles VALUES (?)", [(f"https://x.example/{i}",)
                                                             for i in range(50)])  # fmt: skip
    order: list[int] = []

    async def run_load(base: str, mix: object, clients: int, seconds: float) -> load.Outcome:
        order.append(clients)
        return {"article": [1.0]}, {}, {}, []

    monkeypatch.setattr(load, "ensure_archive", lambda *a: (db, False))
    monkeypatch.setattr(load, "datasette", lambda *a, **k: contextlib.nullcontext("http://x"))
    monkeypatch.setattr(load, "wait_for_index", lambda base: 0.0)
    monkeypatch.setattr(load, "run_load", run_load)
    text = load.run(Options(articles=50, directory=tmp_path), clients=7, seconds=1.0)
    assert order == [7, 1]
    assert "cold response cache" in text


def test_server_stderr_is_kept_in_a_log(tmp_path: Path) -> None:
    """A Datasette that fails to start leaves its stderr in the log, and the error shows
    the log's end (a failed run's cause is not lost in an unread pipe)."""
    missing = tmp_path / "archive-1-s1-v1" / "archive.db"  # no such database
    log = bench.log_path(tmp_path, missing)
    assert log == tmp_path / "datasette-archive-1-s1-v1.log"
    with pytest.raises(RuntimeError, match="stderr"), bench.datasette(missing, log=log):
        pass
    assert log.read_text().strip()
    assert bench.tail(log, 10) == log.read_text()[-10:]
