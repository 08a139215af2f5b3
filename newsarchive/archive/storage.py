"""The archive on disk: a SQLite file, its schema kept by sqlite-utils migrations.

The schema is created and evolved by the migrations in
:mod:`newsarchive.archive.migrations`. The database runs in WAL mode, so Datasette can
read while a crawl writes, and a killed crawl loses at most the batch it had not
committed. Rows are written in batches, one prepared statement per table and batch
(:mod:`newsarchive.archive.rows` builds them); a row that cannot be written becomes a
``failures`` row and never takes the other rows of its batch with it.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils import Database

from newsarchive.archive import facets, search_index
from newsarchive.archive.background import ArchiveDatabase, FacetCounter, WriteLock
from newsarchive.archive.committer import Committer, Settled
from newsarchive.archive.dedupe import DuplicateIndex
from newsarchive.archive.demotion import demote
from newsarchive.archive.killed import close_killed_crawls
from newsarchive.archive.migrations import MIGRATIONS, utcnow
from newsarchive.archive.rows import (
    JSON_COLUMNS,
    Batch,
    Queued,
    article_row,
    clean_row,
    clean_text,
    copy_row,
    database_error,
    error_reason,
    failure_row,
    segments,
    upsert_sql,
    url_key,
    values,
)
from newsarchive.archive.tuning import (  # noqa: F401 (the writer's settings, named here too)
    BULK_BATCH_SIZE,
    FACET_DELAY,
    FACET_WINDOW,
    WRITER_CACHE_KIB,
    WRITER_CHECKPOINT_PAGES,
    collector_paused,
    tune_writer,
)
from newsarchive.items import ArticleItem, FailureItem
from newsarchive.sqlite import sqlite3

logger = logging.getLogger(__name__)


def open_db(path: str | Path, kind: type[Database] = Database, threads: bool = False) -> Database:
    """Open (creating, migrating) ``path`` in WAL mode; ``threads``: for one thread at a time."""
    db = kind(sqlite3.connect(str(path), check_same_thread=False) if threads else path)
    db.execute("PRAGMA busy_timeout = 10000")
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    MIGRATIONS.apply(db)
    return db


class Archive:
    """Batched writes to the archive; one per crawl process. ``pipeline``: a full batch
    commits in a thread while the next is queued (:mod:`.committer`;
    ``ARCHIVE_PIPELINE_COMMIT`` decides for crawls and imports)."""

    def __init__(self, path: str | Path, batch_size: int = 200, max_delay: float = 10.0,
                 pipeline: bool = False) -> None:  # fmt: skip
        self.path = str(path)
        self._db = open_db(path, ArchiveDatabase, threads=True)
        self._db.write_lock = lock = WriteLock()  # type: ignore[attr-defined]
        self._conn: sqlite3.Connection = self._db.conn
        self.committer = Committer(self._conn, lock)
        self.pipeline = pipeline
        self._inflight: tuple[Batch, list[str], bool] | None = None  #: committing
        tune_writer(self._conn)
        self._duplicates = DuplicateIndex(self._conn)
        self.facet_window, self.facet_delay = FACET_WINDOW, FACET_DELAY
        self._uncounted = 0  #: articles written since the facet counts' last catch-up
        self._counted_at = time.monotonic()
        self.facet_counter = FacetCounter(self.path, lock)
        self.count_facets()  # what a killed writer left pending
        self.batch_size = max(1, batch_size)
        self.max_delay = max_delay  #: seconds a queued row may wait for its commit
        self._last_flush = time.monotonic()
        self.crawl_id: int | None = None
        self._articles: list[Queued] = []
        self._failures: list[dict[str, Any]] = []
        self._skipped: list[dict[str, Any]] = []
        #: Called after each commit with the URLs of the articles it stored.
        self.on_commit: list[Callable[[list[str]], None]] = []
        #: Called with the database inside every batch's transaction, after its rows are
        #: written (e.g. the WARC files are synced, re-extraction retires moved rows).
        self.commit_hooks: list[Callable[[sqlite_utils.Database], None]] = []

    #: The database, its connection and the duplicate index, once a batch being committed
    #: is committed (what the other stages read and write between batches).
    db: Any = Settled("_db")
    conn: Any = Settled("_conn")
    duplicates: Any = Settled("_duplicates")

    # --- crawls ----------------------------------------------------------------------

    def start_crawl(self, spider: str, started_at: str | None = None) -> int:
        """Record the start of a crawl (now, or ``started_at`` for a crawl another process
        ran) and return its id (closing killed crawls' rows)."""
        self._settle()
        with self._db.atomic():
            close_killed_crawls(self._conn)
            cursor = self._conn.execute(
                "INSERT INTO crawls (spider, started_at, pid) VALUES (?, ?, ?)",
                [spider, started_at or utcnow(), os.getpid()],
            )
        self.crawl_id = int(cursor.lastrowid or 0)
        return self.crawl_id

    def finish_crawl(self, crawl_id: int, reason: str, stats: dict[str, Any]) -> None:
        """Record the end of a crawl with Scrapy's stats."""
        self.flush()
        self.count_facets()
        with self._db.atomic():
            self._conn.execute(
                "UPDATE crawls SET finished_at = ?, finish_reason = ?, stored = ?, failed = ?, "
                "skipped = ?, stats = ? WHERE id = ?",
                [utcnow(), reason, int(stats.get("archive/stored", 0)),
                 int(stats.get("archive/failed", 0)), int(stats.get("archive/skipped", 0)),
                 json.dumps(stats, default=str, sort_keys=True), crawl_id],
            )  # fmt: skip

    # --- buffered writes -------------------------------------------------------------

    def add_article(self, item: ArticleItem) -> None:
        """Queue an article (or, with ``original_url`` set, a copy) for the next batch."""
        if item.original_url:
            queued = Queued("copies", copy_row(item))
            queued.keys = {url_key(queued.url)}
        else:
            row = article_row(item)
            queued = Queued(
                "articles", row, item.demote_url, item.similarity, list(item.fingerprints),
                [clean_text(n) for n in item.banks], [clean_text(n) for n in item.networks],
            )  # fmt: skip
            addresses = {row["url"], row.get("fetched_url"), row.get("listed_url")}
            queued.keys = {url_key(u) for u in addresses if u}
        self._articles.append(queued)
        self._maybe_flush()

    def add_failure(self, failure: FailureItem) -> None:
        """Queue a failure row."""
        self._failures.append(failure_row(failure, self.crawl_id, utcnow()))
        self._maybe_flush()

    def add_skipped(
        self, url: str, site: str, title: str, relevance: float, reason: str, detail: str = "",
        **located: Any,
    ) -> None:  # fmt: skip
        """Queue a skipped (off-topic) page (``located``: its ``warc_*`` columns)."""
        self._skipped.append(clean_row(
            {"url": url, "site": site, "title": title, "relevance": relevance,
             "reason": reason, "detail": detail, "crawl_id": self.crawl_id,
             "recorded_at": utcnow(), **located}
        ))  # fmt: skip
        self._maybe_flush()

    @property
    def pending(self) -> int:
        """How many rows wait for the next batch (not those being committed)."""
        queued = len(self._articles) + len(self._failures) + len(self._skipped)
        return queued - (sum(len(rows) for rows in self._inflight[0]) if self._inflight else 0)

    def _maybe_flush(self) -> None:
        stale = time.monotonic() - self._last_flush >= self.max_delay
        if self.pending >= self.batch_size or stale:
            self.flush(wait=not self.pipeline)

    def flush(self, wait: bool = True) -> None:
        """Write everything queued in one transaction; the queues are emptied only once it
        is committed. A row that cannot be written is recorded in ``failures`` instead; a
        database that cannot be written (locked, full) raises with the rows still queued
        (without ``wait``, a pipelined archive's commit may still run on return)."""
        self._settle()
        self._last_flush = time.monotonic()
        if not self.pending:
            return
        batch: Batch = (list(self._articles), list(self._failures), list(self._skipped))
        slow = self.pending < self.batch_size  # rows come slowly: nothing to save by waiting
        try:
            self.committer.begin()
            try:
                with collector_paused():
                    stored = self._write(batch)
                    self._run_hooks()
            except BaseException:
                self.committer.rollback()
                raise
            if self.pipeline:
                self.committer.commit_later()
                self._inflight = (batch, stored, slow)
            else:
                self.committer.commit()
        except Exception as error:
            if database_error(error):
                raise
            logger.warning("batch not written (%s); writing its rows one by one", error)
            stored = self._write_one_by_one(batch)
        if self._inflight is None:
            self._committed(batch, stored, slow)
        elif wait:
            self._settle()

    def _settle(self) -> None:
        """Wait for the batch being committed, then empty the queues of it (or raise)."""
        if self._inflight is not None:
            (batch, stored, slow), self._inflight = self._inflight, None
            self.committer.wait()
            self._committed(batch, stored, slow)

    def _committed(self, batch: Batch, stored: list[str], slow: bool) -> None:
        """A batch is committed: its rows leave the queues, the listeners hear of it."""
        n = (len(batch[0]), len(batch[1]), len(batch[2]))
        del self._articles[: n[0]], self._failures[: n[1]], self._skipped[: n[2]]
        logger.debug("committed %d articles and copies, %d failures, %d skipped", *n)
        self._maybe_count_facets(slow)
        for listener in self.on_commit:
            listener(stored)

    def _write(self, batch: Batch) -> list[str]:
        """Write a batch (inside a transaction); returns the URLs of the articles stored."""
        (articles, failures, skipped), conn = batch, self._conn
        stored: list[str] = []
        for segment in segments(articles):
            self._write_segment(segment)
            stored.extend(q.url for q in segment if q.table == "articles")
        if failures:
            conn.executemany(upsert_sql("failures"), [values("failures", r) for r in failures])
        if skipped:
            conn.executemany(upsert_sql("skipped"), [values("skipped", r) for r in skipped])
            self._remember([url_key(r["url"]) for r in skipped])
        return stored

    def _write_one_by_one(self, batch: Batch) -> list[str]:
        """Write each row of a batch on its own; record the ones that fail as failures."""
        units: list[Batch] = [([q], [], []) for q in batch[0]]
        units += [([], [r], []) for r in batch[1]] + [([], [], [r]) for r in batch[2]]
        stored: list[str] = []
        with self._db.atomic():
            for unit in units:
                try:
                    with self._db.atomic():
                        stored += self._write(unit)
                except Exception as error:
                    if database_error(error):
                        raise
                    self._record_unwritable(unit, error)
            self._run_hooks()
        return stored

    def _maybe_count_facets(self, slow: bool = False) -> None:
        """Ask the facet counter for a round (after a commit) when it is time: the window
        is full, its delay is over, or the batch was not full (rows come slowly)."""
        due = slow or time.monotonic() - self._counted_at >= self.facet_delay
        if self._uncounted >= self.facet_window or (self._uncounted and due):
            self._uncounted, self._counted_at = 0, time.monotonic()
            self.facet_counter.request()

    def count_facets(self) -> None:
        """Bring the facet counts up to date with every stored article: the counter's
        rounds finished, then what is left counted here (own transaction)."""
        self._settle()
        self.facet_counter.wait()
        with self._db.atomic():
            facets.catch_up(self._conn)
        self._uncounted, self._counted_at = 0, time.monotonic()

    def _run_hooks(self) -> None:
        """Call the :attr:`commit_hooks` (inside the batch's transaction)."""
        for hook in self.commit_hooks:
            hook(self._db)

    def _record_unwritable(self, unit: Batch, error: Exception) -> None:
        """Record a row that could not be written as a ``store`` failure of its URL."""
        row = unit[0][0].row if unit[0] else (unit[1] or unit[2])[0]
        logger.error("row of %s not stored: %s", row.get("url"), error)
        detail = f"{type(error).__name__}: {error}"[:500]
        failure = FailureItem(str(row.get("url")), str(row.get("site")), "store",
                              error_reason(error), detail)  # fmt: skip
        try:
            with self._db.atomic():
                self._write(([], [failure_row(failure, self.crawl_id, utcnow())], []))
        except Exception as again:  # the failure row itself: nothing more to record
            if database_error(again):
                raise
            logger.error("failure row of %s not stored either: %s", row.get("url"), again)

    def _write_segment(self, segment: list[Queued]) -> None:
        """Write articles and copies with distinct URLs, one statement per table."""
        conn = self._conn
        if segment[0].demote_url:
            demote(conn, self._duplicates, segment[0].demote_url, segment[0])
        articles = [q for q in segment if q.table == "articles"]
        copies = [q for q in segment if q.table == "copies"]
        if articles:
            urls = [q.url for q in articles]
            existing = self._rowids(urls)
            if existing:  # (the search index replaces their entries itself)
                self._duplicates.remove(list(existing.values()))
                facets.remove_articles(conn, existing.values())
                for link in ("article_banks", "article_networks"):
                    conn.executemany(f"DELETE FROM {link} WHERE article_url = ?",
                                     [(u,) for u in existing])  # fmt: skip
            # the rows are counted later, in a window (facets.catch_up), and indexed below
            facets.pause(conn)
            search_index.pause_fts(conn)
            try:
                search_index.fts_forget(conn, existing.values())
                conn.executemany(upsert_sql("articles"),
                                 [values("articles", q.row) for q in articles])  # fmt: skip
            finally:
                facets.resume(conn)
                search_index.resume_fts(conn)
            rowids = {**existing, **self._rowids([u for u in urls if u not in existing])}
            search_index.fts_add(conn, rowids.values())
            facets.defer(conn, rowids.values())
            self._uncounted += len(rowids)
            search_index.index_analysed(conn, [(rowids[q.url], *q.analysed()) for q in articles])
            self._duplicates.add((rowids[q.url], q.fingerprints) for q in articles)
            for table in ("copies", "failures"):
                conn.executemany(f"DELETE FROM {table} WHERE url = ?", [(u,) for u in urls])
            for kind, column in (("banks", "bank"), ("networks", "network")):
                # in key order: the random URL keys' index pages are visited once a batch
                links = sorted({(q.url, name) for q in articles for name in getattr(q, kind)})
                conn.executemany(f"INSERT OR IGNORE INTO {kind} (name) VALUES (?)",
                                 [(name,) for _, name in links])  # fmt: skip
                conn.executemany(f"INSERT OR IGNORE INTO article_{kind} (article_url, {column}) "
                                 "VALUES (?, ?)", links)  # fmt: skip
        if copies:
            conn.executemany(upsert_sql("copies"), [values("copies", q.row) for q in copies])
        self._remember([key for q in segment for key in q.keys])

    def _rowids(self, urls: list[str]) -> dict[str, int]:
        if not urls:
            return {}
        rows = self._conn.execute(
            "SELECT url, rowid FROM articles WHERE url IN (SELECT value FROM json_each(?))",
            [json.dumps(urls)],
        )
        return dict(rows.fetchall())

    def _remember(self, keys: list[int]) -> None:
        """Add addresses to ``known_urls``."""
        self._conn.executemany("INSERT OR IGNORE INTO known_urls (key) VALUES (?)",
                              [(k,) for k in sorted(set(keys))])  # fmt: skip

    def close(self) -> None:
        """Commit what is queued, count its facets and close the file."""
        self.flush()
        self.facet_counter.close()  # (finishes the rounds asked for)
        self.count_facets()
        self.committer.close()
        self._db.close()


def iter_articles(db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    """All stored articles, JSON columns decoded."""
    for row in db.query("SELECT * FROM articles ORDER BY url"):
        for key in JSON_COLUMNS:
            row[key] = json.loads(row[key]) if row[key] else []
        yield row


def counts(path: str | Path) -> dict[str, Any]:
    """Row counts of the main tables, plus articles per site and failures per reason."""
    db = open_db(path)
    try:
        result: dict[str, Any] = {
            table: db.table(table).count
            for table in ("articles", "copies", "skipped", "failures", "crawls")
        }
        result["articles_per_site"] = dict(
            db.execute("SELECT site, count(*) FROM articles GROUP BY site ORDER BY site").fetchall()
        )
        result["failures_per_reason"] = dict(
            db.execute(
                "SELECT reason, count(*) FROM failures GROUP BY reason ORDER BY reason"
            ).fetchall()
        )
        return result
    finally:
        db.close()
