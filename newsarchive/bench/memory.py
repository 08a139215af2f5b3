"""Bounded memory (``newsarchive bench memory``): the crawl's stages over many articles,
and a spider's start-up on a large archive. Each in a fresh child process.

- stages: the dedupe and store stages over N generated articles (100,000, or
  ``--articles`` if fewer; those of ``newsarchive bench ingest``), RSS at every tenth:
  flat after warm-up, against the targets;
- start-up: a spider with the incremental check on a 1,000,000-article archive, asked
  about one listing of 1,000 URLs, against the old start-up check in the same run (every
  stored URL loaded and normalised) on 200,000 of its articles.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from newsarchive.archive import storage
from newsarchive.archive.rows import url_key
from newsarchive.bench import Options
from newsarchive.bench.ingest import (
    INGEST_ARTICLES,
    ensure_articles,
    fresh,
    in_child,
    peak_rss_mb,
    read_rows,
    rss_mb,
    to_item,
)
from newsarchive.sqlite import sqlite3
from newsarchive.urls import normalize_url

STARTUP_ARTICLES = 1_000_000
OLD_STARTUP_ARTICLES = 200_000
#: Targets of issue 17, MB of RSS: a crawl at 100,000 pages, a spider's start-up.
TARGET_CRAWL_MB, TARGET_STARTUP_MB = 300, 150


# --- memory -----------------------------------------------------------------------------


def pipeline_memory(source: Path, db: Path, count: int) -> dict[str, Any]:
    """The dedupe and store stages over ``count`` articles: RSS at every tenth."""
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from newsarchive.archive.crawlstate import release
    from pipelines.dedupe import DedupePipeline
    from pipelines.store import StorePipeline

    crawler = get_crawler(Spider, {"ARCHIVE_DB": str(fresh(db)), "ARCHIVE_BATCH_SIZE": 25})
    dedupe, store = DedupePipeline.from_crawler(crawler), StorePipeline.from_crawler(crawler)
    samples: list[tuple[int, float]] = []
    started = time.process_time()
    for n, row in enumerate(read_rows(source, count), 1):
        row["fingerprints"] = []  # the dedupe stage computes them
        store.process_item(dedupe.process_item(to_item(row)))
        if n % max(1, count // 10) == 0:
            samples.append((n, rss_mb()))
    store.close_spider()
    dedupe.close_spider()
    release(crawler)
    return {"samples": samples, "cpu": time.process_time() - started, "rss": peak_rss_mb()}


# --- start-up ---------------------------------------------------------------------------


def ensure_url_archive(directory: Path, count: int) -> Path:
    """An archive of ``count`` articles with URLs only (what the start-up check reads)."""
    path = directory / f"urls-{count}.db"
    if path.exists():
        return path
    db = storage.open_db(fresh(path.with_suffix(".partial")))
    conn = db.conn
    # Facet counts play no part in the start-up check: their triggers would only slow
    # the building of a million rows.
    triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%facet%'"
    for (name,) in conn.execute(triggers).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    for start in range(0, count, 50_000):
        urls = [f"https://www.site{n % 12}.example/{2009 + n % 16}/artikel-{n}.html"
                for n in range(start, min(count, start + 50_000))]  # fmt: skip
        with conn:
            conn.executemany("INSERT INTO articles (url, site, fetched_url, listed_url) "
                             "VALUES (?, 'x', ?, ?)", [(u, u, u) for u in urls])  # fmt: skip
            conn.executemany("INSERT OR IGNORE INTO known_urls VALUES (?)",
                             [(url_key(u),) for u in urls])  # fmt: skip
    db.close()
    path.with_suffix(".partial").rename(path)
    return path


def old_known_urls(db: Path, limit: int) -> set[str]:
    """The old start-up check: every stored URL loaded and normalised (first ``limit``)."""
    conn = sqlite3.connect(db)
    urls: set[str] = set()
    for sql in (f"SELECT url FROM articles LIMIT {limit}",
                f"SELECT fetched_url FROM articles LIMIT {limit}",
                f"SELECT listed_url FROM articles LIMIT {limit}",
                "SELECT url FROM copies", "SELECT url FROM skipped"):  # fmt: skip
        urls.update(normalize_url(r[0]) for r in conn.execute(sql) if r[0])
    conn.close()
    return urls


def startup(db: Path, first: int, old: bool) -> dict[str, Any]:
    """A spider made with the incremental check on ``db``, 1,000 listed URLs looked up (of
    the ``first`` articles, and new ones); ``old``: with the old full load of the URLs of
    the ``first`` articles instead."""
    from scrapy.utils.test import get_crawler

    from newsarchive.crawl.base import SitemapSpider

    class Probe(SitemapSpider):
        name = "probe"

    floor = rss_mb()
    started = time.process_time()
    crawler = get_crawler(Probe, {"ARCHIVE_DB": str(db), "ARCHIVE_INCREMENTAL": not old})
    spider = Probe.from_crawler(crawler)
    if old:
        known: Any = old_known_urls(db, first)
    else:
        known = spider.known
    stored = int(sqlite3.connect(db).execute("SELECT max(rowid) FROM articles").fetchone()[0])
    numbers = [*range(0, first, max(1, first // 900))][:900] + [stored + n for n in range(100)]
    listed = [f"https://www.site{n % 12}.example/{2009 + n % 16}/artikel-{n}.html"
              for n in numbers]  # fmt: skip
    if not old:
        known.prefetch(listed)
    hits = sum(normalize_url(u) in known if old else u in known for u in listed)
    return {"cpu": time.process_time() - started, "rss": rss_mb(), "floor": floor, "hits": hits}


# --- report -----------------------------------------------------------------------------


def _ok(good: bool) -> str:
    return "ok" if good else "MISSED"


def measure(options: Options, spawn: bool = True) -> dict[str, Any]:
    """Every measurement of the part (each in a fresh child unless ``spawn`` is false)."""
    call = in_child if spawn else (lambda function, *args: function(*args))
    count = min(options.articles, INGEST_ARTICLES)
    print(f"  memory bench: {count:,} articles", file=sys.stderr, flush=True)
    source = ensure_articles(options.directory, count, options.seed)
    db = options.directory / "memory.db"
    results: dict[str, Any] = {"count": count}
    results["memory"] = call(pipeline_memory, source, db, count)
    fresh(db)
    results["big_n"] = big_n = STARTUP_ARTICLES * count // INGEST_ARTICLES  # 1,000,000
    results["old_n"] = old_n = OLD_STARTUP_ARTICLES * count // INGEST_ARTICLES
    big = ensure_url_archive(options.directory, big_n)
    results["new_start"] = call(startup, big, old_n, False)
    results["old_start"] = call(startup, big, old_n, True)
    return results


def report(results: dict[str, Any]) -> str:
    """The part's report from :func:`measure`'s results."""
    count, memory = results["count"], results["memory"]
    new_start, old_start = results["new_start"], results["old_start"]
    big_n, old_n = results["big_n"], results["old_n"]
    lines: list[str] = []
    samples = memory["samples"]
    (first_n, first), (last_n, last) = samples[0], samples[-1]
    slope = (last - first) / max(1, last_n - first_n) * 1000
    lines.append(f"memory, dedupe + store stages: RSS {first:.0f} MB at {first_n:,} articles, "
                 f"{last:.0f} MB at {last_n:,} ({slope:+.2f} MB per 1,000; peak "
                 f"{memory['rss']:.0f} MB, {memory['cpu'] / count * 1000:.1f} ms CPU each): "
                 f"<= {TARGET_CRAWL_MB} MB: {_ok(memory['rss'] <= TARGET_CRAWL_MB)}")  # fmt: skip
    lines.append("  RSS by articles: " + ", ".join(f"{n:,}: {m:.0f}" for n, m in samples))
    lines.append(f"start-up, incremental check of one listing: on {big_n:,} articles "
                 f"{new_start['cpu']:.2f} CPU-s, RSS {new_start['rss']:.0f} MB (imports "
                 f"{new_start['floor']:.0f} MB); old full load of {old_n:,}: "
                 f"{old_start['cpu']:.2f} CPU-s, RSS {old_start['rss']:.0f} MB; <= "
                 f"{TARGET_STARTUP_MB} MB: "
                 f"{_ok(new_start['rss'] <= TARGET_STARTUP_MB)}")  # fmt: skip
    if new_start["hits"] != old_start["hits"]:
        lines.append(f"  MISMATCH: {new_start['hits']} known URLs, old load {old_start['hits']}")
    return "\n".join(lines)


def run(options: Options) -> str:
    """Measure the stages' memory and a spider's start-up; the report."""
    return report(measure(options))
