"""Batched ingest and the archive's size (``newsarchive bench ingest``).

Each measurement runs in a fresh child process, so its peak RSS is its own; timings count
the writes only (the articles are generated once, with their fingerprints, into a cache
file in the bench folder). Every figure has a baseline from the same run:

- ingest: N generated articles (100,000, or ``--articles`` if fewer) written as items
  through :class:`~newsarchive.archive.storage.Archive` (both FTS indexes, the duplicate
  index, ``known_urls``, banks and networks, the facet counts) at the crawl's batch size,
  with the facets counted in the counter's thread instead of its helper process (one
  core), at 500 and at the bulk paths' batch size, against the same rows written raw
  (:func:`ingest_raw`: ``executemany`` into ``articles``, its unicode61 FTS5 index
  filled per transaction, the German analysis and ``executemany`` into the German FTS5
  index; no facet counts, duplicate index, ``known_urls`` or links), and against the old
  per-row path (sqlite-utils upserts) on a sample. Wall seconds count the writes only
  (the loop less a pass that only reads the cached articles); CPU seconds are the writer
  thread's in the same blocks plus every second the facet counter took
  (``FacetCounter.cpu``: its thread's and its helper process's) and the commit thread's
  (``Committer.cpu``, batches of 1,000 or more), so work moved to the second core is
  still counted;
- size: bytes per article of each part of the archive beyond the article's own text; the
  duplicate index against its old layout (the URL beside every 64-bit hash, in a table
  and two indexes) for the same articles.

Memory and start-up: :mod:`newsarchive.bench.memory`.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import re
import resource
import sqlite3 as stdlib_sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from newsarchive import settings
from newsarchive.archive import facets, search, search_index, storage, tuning
from newsarchive.archive.dedupe import SAMPLE_MODULUS, SHINGLE_WORDS, fingerprint
from newsarchive.archive.rows import ARTICLE_COLUMNS, article_row
from newsarchive.bench import Options, generate
from newsarchive.items import ArticleItem

INGEST_ARTICLES = 100_000
OLD_PATH_SAMPLE = 2_000  #: articles written through the old per-row path
CRAWL_BATCH = settings.ARCHIVE_BATCH_SIZE  #: the crawl's batch size
#: Targets of issue 17: articles/s, KB per article beyond the article's text.
TARGET_RATE, STRETCH_RATE, TARGET_KB = 2_000, 5_000, 6.0


def peak_rss_mb() -> float:
    """This process's peak resident memory, MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """This process's resident memory now, MB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def in_child(function: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    """Run ``function(*args)`` in a fresh process (spawned: nothing inherited); say so."""
    started = time.perf_counter()
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        result = pool.submit(function, *args).result()
    print(f"  ingest bench: {function.__name__} done in {time.perf_counter() - started:.0f} s",
          file=sys.stderr, flush=True)  # fmt: skip
    return result


# --- the articles ---------------------------------------------------------------------


def old_fingerprint(text: str) -> set[int]:
    """The old duplicate index's hashes: 64-bit, the same sample (for its size only)."""
    words = [w.casefold() for w in re.findall(r"\w+", text)]
    found = set()
    for i in range(max(0, len(words) - SHINGLE_WORDS + 1)):
        shingle = " ".join(words[i : i + SHINGLE_WORDS]).encode()
        value = int.from_bytes(hashlib.blake2b(shingle, digest_size=8).digest(), "big", signed=True)
        if value % 4 == 0:  # the old sample: one in four
            found.add(value)
    return found


def ensure_articles(directory: Path, count: int, seed: int) -> Path:
    """The cache of generated articles with their fingerprints (JSON lines), made once."""
    name = f"ingest-{count}-s{seed}-v{generate.GENERATOR_VERSION}-m{SAMPLE_MODULUS}.jsonl"
    path = directory / name
    if not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as out:
            for row in generate.generate_articles(count, seed):
                row["fingerprints"] = fingerprint(f"{row['lead']}\n{row['body']}")
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        partial.rename(path)
    return path


def read_rows(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


def to_item(row: dict[str, Any]) -> ArticleItem:
    """A generated row as the item the pipelines hand to the store stage."""
    fields = {k: row[k] for k in ("url", "site", "fetched_url", "title", "lead", "body",
              "published", "language", "section", "site_name", "word_count", "source",
              "fetched_at", "content_hash", "relevance")}  # fmt: skip
    lists = {k: json.loads(row[k]) for k in ("authors", "banks", "networks")}
    item = ArticleItem(**fields, **lists, paywalled=bool(row["paywalled"]))
    item.fingerprints = row.get("fingerprints", [])
    return item


def fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


# --- ingest (each in a child) ---------------------------------------------------------


class Stopwatch:
    """Wall-clock and CPU seconds (this thread's) spent inside ``with watch:`` blocks."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0
        self._started = (0.0, 0.0)

    def __enter__(self) -> None:
        self._started = (time.perf_counter(), time.thread_time())

    def __exit__(self, *exc: object) -> None:
        self.wall += time.perf_counter() - self._started[0]
        self.cpu += time.thread_time() - self._started[1]

    def result(self, **more: Any) -> dict[str, Any]:
        return {"seconds": self.wall, "cpu": self.cpu, "rss": peak_rss_mb(), **more}


RAW_BATCH = 5_000  #: rows a transaction of the raw baseline


def ingest_raw(source: Path, db: Path, count: int) -> dict[str, Any]:
    """Baseline: the rows with raw ``executemany``, 5,000 a transaction, with both FTS5
    indexes (unicode61 with one ``INSERT … SELECT`` a transaction, as the archive's
    batches do; the German one analysed and inserted with ``executemany``) and no facet
    counting (the facet and FTS triggers dropped)."""
    conn = storage.open_db(fresh(db)).conn
    storage.tune_writer(conn)  # the writer's settings, as Archive has them
    for suffix in ("ai", "ad", "au"):
        conn.execute(f"DROP TRIGGER {facets.TABLE}_{suffix}")
        conn.execute(f"DROP TRIGGER articles_{suffix}")
    columns = ("rowid", *ARTICLE_COLUMNS)
    sql = f"INSERT INTO articles ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    watch, batch = Stopwatch(), list[tuple[Any, ...]]()
    for n, row in enumerate(read_rows(source, count), 1):
        row["rowid"] = n
        row["year"], row["month"] = int(row["published"][:4]), row["published"][:7]
        batch.append(tuple(row.get(c) for c in columns))
        if len(batch) == RAW_BATCH or n == count:
            with watch, conn:
                conn.executemany(sql, batch)
                search_index.fts_add(conn, [r[0] for r in batch])
                search.index_rows(conn, [(r[0], r[5], r[6], r[7]) for r in batch])
            batch = []
    conn.close()
    return watch.result()


def ingest_archive(
    source: Path, db: Path, count: int, batch: int, helper: bool = True
) -> dict[str, Any]:
    """The articles as items through ``Archive`` (what the store stage does); without
    ``helper`` the facet counts are counted in the counter's thread (one core).

    Timed: the whole loop (reading the cached articles too) less a pass that only reads
    them, so a batch committed in a thread while the next articles are read
    (``Archive.pipeline``) gets no free time; CPU: the writer thread's, the commit
    thread's and the facet counter's."""
    reading, watch = Stopwatch(), Stopwatch()
    with reading:
        for row in read_rows(source, count):
            to_item(row)
    with watch:
        pipeline = tuning.pipelined(settings.ARCHIVE_PIPELINE_COMMIT, batch)
        archive = storage.Archive(fresh(db), batch_size=batch, max_delay=3600, pipeline=pipeline)
        if not helper:
            archive.facet_counter.process_min = count + 1
        for row in read_rows(source, count):
            archive.add_article(to_item(row))
        archive.close()
    watch.wall -= reading.wall
    watch.cpu -= reading.cpu
    watch.cpu += archive.facet_counter.cpu + archive.committer.cpu  # (the other threads' too)
    measured = sizes(db, source, count) if batch == CRAWL_BATCH and helper else {}
    return watch.result(sizes=measured, counter_cpu=archive.facet_counter.cpu)


def ingest_old(source: Path, db: Path, count: int) -> dict[str, Any]:
    """The old path: per-row sqlite-utils upserts with their table introspection, the
    search index per article, the old duplicate index (URL beside each 64-bit hash)."""
    sdb = storage.open_db(fresh(db))
    sdb.execute("CREATE TABLE old_fingerprints (article_url TEXT, hash INTEGER, "
                "PRIMARY KEY (article_url, hash))")  # fmt: skip
    sdb.execute("CREATE INDEX old_fingerprints_hash ON old_fingerprints (hash)")
    watch, items = Stopwatch(), []
    for n, row in enumerate(read_rows(source, count), 1):
        item = to_item(row)
        items.append((item, old_fingerprint(f"{item.lead}\n{item.body}")))  # the dedupe stage's
        if len(items) < 25 and n < count:
            continue
        with watch, sdb.atomic():
            for item, hashes in items:
                url = item.url
                sdb.table("articles").upsert(article_row(item), pk="url")
                search.index_article(sdb, url)
                for table, column in (("copies", "url"), ("old_fingerprints", "article_url"),
                                      ("failures", "url")):  # fmt: skip
                    sdb.execute(f"DELETE FROM {table} WHERE {column} = ?", [url])
                sdb.table("old_fingerprints").insert_all(
                    ({"article_url": url, "hash": h} for h in hashes), ignore=True
                )
                for kind, column in (("banks", "bank"), ("networks", "network")):
                    names = getattr(item, kind)
                    sdb.execute(f"DELETE FROM article_{kind} WHERE article_url = ?", [url])
                    sdb.table(kind).insert_all(({"name": x} for x in names), ignore=True)
                    sdb.table(f"article_{kind}").insert_all(
                        ({"article_url": url, column: x} for x in names), ignore=True
                    )
        items = []
    sdb.close()
    return watch.result()


# --- size -------------------------------------------------------------------------------

#: Parts of the archive, by table-name prefix (FTS5 shadow tables and indexes included).
PARTS = (("articles_fts", "FTS5 index"), ("articles_search", "German search index"),
         ("fingerprint", "duplicate index"), ("known_urls", "known URLs"),
         ("article_", "bank/network links"), ("articles", "articles rows"))  # fmt: skip


def sizes(db: Path, source: Path, count: int) -> dict[str, float]:
    """Bytes per article of each part, of the text, and of the old duplicate index."""
    conn = stdlib_sqlite3.connect(db)  # the standard library's SQLite has ``dbstat``
    tables = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master").fetchall())
    found: dict[str, float] = {}
    for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
        table = tables.get(name, name)
        part = next((label for prefix, label in PARTS if table.startswith(prefix)), "other")
        found[part] = found.get(part, 0) + size / count
    text = conn.execute("SELECT sum(length(CAST(title || lead || body AS BLOB))) "
                        "FROM articles").fetchone()[0]  # fmt: skip
    found["text"] = text / count
    conn.close()
    found["old duplicate index"] = old_index_size(source, db.with_suffix(".old.db"), count)
    return found


def old_index_size(source: Path, db: Path, count: int) -> float:
    """Bytes per article of the old duplicate index for the same articles."""
    conn = stdlib_sqlite3.connect(fresh(db))
    conn.execute("CREATE TABLE f (article_url TEXT, hash INTEGER, PRIMARY KEY (article_url, hash))")
    conn.execute("CREATE INDEX f_hash ON f (hash)")
    with conn:
        for row in read_rows(source, count):
            pairs = [(row["url"], h) for h in old_fingerprint(f"{row['lead']}\n{row['body']}")]
            conn.executemany("INSERT OR IGNORE INTO f VALUES (?, ?)", pairs)
    size = conn.execute("SELECT sum(pgsize) FROM dbstat").fetchone()[0]
    conn.close()
    fresh(db)
    return float(size) / count


# --- report -----------------------------------------------------------------------------


def _ok(good: bool) -> str:
    return "ok" if good else "MISSED"


def measure(options: Options, spawn: bool = True) -> dict[str, Any]:
    """Every measurement of the part (each in a fresh child unless ``spawn`` is false)."""
    call = in_child if spawn else (lambda function, *args: function(*args))
    count = min(options.articles, INGEST_ARTICLES)
    sample = min(count, OLD_PATH_SAMPLE)
    print(f"  ingest bench: {count:,} articles", file=sys.stderr, flush=True)
    source = ensure_articles(options.directory, count, options.seed)
    db = options.directory / "ingest.db"
    results: dict[str, Any] = {"count": count, "sample": sample, "source": source.name}
    results["raw"] = call(ingest_raw, source, db, count)
    results["crawl"] = call(ingest_archive, source, db, count, CRAWL_BATCH)
    results["thread"] = call(ingest_archive, source, db, count, CRAWL_BATCH, False)
    results["bulk"] = call(ingest_archive, source, db, count, 500)
    results["large"] = call(ingest_archive, source, db, count, storage.BULK_BATCH_SIZE)
    results["old"] = call(ingest_old, source, db, sample)
    for path in (db, db.with_suffix(".old.db")):
        fresh(path)
    return results


def report(results: dict[str, Any]) -> str:
    """The part's report from :func:`measure`'s results."""
    count, sample = results["count"], results["sample"]
    names = ("raw", "crawl", "thread", "bulk", "large", "old")
    raw, crawl, thread, bulk, large, old = (results[k] for k in names)
    runs = [(name, results[name], sample if name == "old" else count) for name in names]
    rate = {name: n / r["seconds"] for name, r, n in runs}
    cpu = {name: n / r["cpu"] for name, r, n in runs}
    lines = [f"ingest: {count:,} generated articles ({results['source']}); articles per "
             "wall second and per CPU-second (both threads), x the raw baseline",
             f"{'path':<46} {'wall/s':>10} {'x raw':>6} {'/CPU-s':>7} {'x raw':>6} "
             f"{'peak RSS':>9}"]  # fmt: skip
    for name, label, result in (
        ("raw", "baseline: raw executemany + FTS5 (both), 5k/tx", raw),
        ("crawl", f"Archive, batches of {CRAWL_BATCH} (ARCHIVE_BATCH_SIZE)", crawl),
        ("thread", "  the same, facets counted in a thread (1 core)", thread),
        ("bulk", "Archive, batches of 500", bulk),
        ("large", f"Archive, batches of {storage.BULK_BATCH_SIZE:,} (bulk paths)", large),
        ("old", f"old path: per-row upserts ({sample:,} articles)", old),
    ):
        lines.append(f"{label:<46} {rate[name]:>10,.0f} {rate[name] / rate['raw']:>6.2f} "
                     f"{cpu[name]:>7,.0f} {cpu[name] / cpu['raw']:>6.2f} "
                     f"{result['rss']:>6.0f} MB")  # fmt: skip
    lines.append("  raw: rows + unicode61 FTS5 (INSERT ... SELECT a tx) + German analysis and "
                 "FTS5; no facet counts, duplicate index, known_urls, links")  # fmt: skip
    shares = ", ".join(
        f"{n} {r['counter_cpu'] / r['cpu']:.0%}"
        for n, r in (("crawl", crawl), ("thread", thread), ("bulk", bulk), ("large", large))
        if "counter_cpu" in r
    )
    lines.append(f"  facet counter's share of the CPU-s (helper process or thread): {shares}")
    lines.append(f"  second core: x{rate['crawl'] / rate['thread']:.2f} wall with the helper "
                 "process against the thread")  # fmt: skip
    for name, label in (("crawl", f"batches of {CRAWL_BATCH}"), ("bulk", "batches of 500"),
                        ("large", f"batches of {storage.BULK_BATCH_SIZE:,}")):  # fmt: skip
        lines.append(f"Archive, {label}: x{rate[name] / rate['old']:.1f} the old path; "
                     f">= {TARGET_RATE:,}/s: {_ok(rate[name] >= TARGET_RATE)} "
                     f"({_ok(cpu[name] >= TARGET_RATE)} per CPU-s), stretch {STRETCH_RATE:,}/s: "
                     f"{_ok(rate[name] >= STRETCH_RATE)}")  # fmt: skip
    size = crawl["sizes"]
    beyond = sum(v for k, v in size.items() if k not in ("text", "old duplicate index"))
    beyond -= size["text"]
    parts = ", ".join(f"{label} {size.get(label, 0) / 1024:.2f}" for _, label in PARTS)
    lines.append(f"size: {beyond / 1024:.2f} KB per article beyond its text "
                 f"({size['text'] / 1024:.2f} KB of text): <= {TARGET_KB} KB: "
                 f"{_ok(beyond / 1024 <= TARGET_KB)}")  # fmt: skip
    lines.append(f"  KB per article: {parts}, other {size.get('other', 0) / 1024:.2f}")
    dup, old_dup = size.get("duplicate index", 0), size["old duplicate index"]
    lines.append(f"  duplicate index: {dup:,.0f} B per article, old layout {old_dup:,.0f} B "
                 f"(x{dup / old_dup:.2f})")  # fmt: skip
    return "\n".join(lines)


def run(options: Options) -> str:
    """Measure ingest and size (about 10 minutes at 100,000 articles); the report."""
    return report(measure(options))
