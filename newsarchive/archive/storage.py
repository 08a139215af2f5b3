"""The archive on disk: a SQLite file written through sqlite-utils.

The schema is created and evolved by the sqlite-utils migrations in
:mod:`newsarchive.archive.migrations`.
The database runs in WAL mode, so Datasette can read while a crawl writes, and a
killed crawl loses at most the batch it had not committed.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import sqlite_utils

from newsarchive.archive import search
from newsarchive.archive.migrations import MIGRATIONS, utcnow
from newsarchive.items import WARC_FIELDS, ArticleItem, FailureItem, warc_fields
from newsarchive.urls import normalize_url

logger = logging.getLogger(__name__)

#: ``articles`` columns holding lists or objects, stored as JSON text.
JSON_COLUMNS = ("authors", "agencies", "tags", "banks", "networks", "evidence")


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating and migrating if needed) the archive at ``path`` in WAL mode."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA busy_timeout = 10000")
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    MIGRATIONS.apply(db)
    return db


def article_row(item: ArticleItem) -> dict[str, Any]:
    """The ``articles`` row for an item: lists as JSON, year and month derived."""
    row = asdict(item)
    for key in ("original_url", "similarity", "demote_url", "fingerprints"):
        row.pop(key)
    for key in JSON_COLUMNS:
        row[key] = json.dumps(row[key], ensure_ascii=False)
    row["paywalled"] = int(bool(row["paywalled"]))
    published = item.published or ""
    row["year"] = int(published[:4]) if published[:4].isdigit() else None
    row["month"] = published[:7] if len(published) >= 7 else None
    return row


def copy_row(item: ArticleItem) -> dict[str, Any]:
    """The ``copies`` row for an article found to be a copy of ``item.original_url``."""
    return {
        "url": item.url,
        "site": item.site,
        "original_url": item.original_url,
        "title": item.title,
        "source": item.source,
        "similarity": item.similarity,
        "published": item.published,
        "fetched_at": item.fetched_at,
        **warc_fields(item),
    }


class Archive:
    """Batched writes to the archive; one per crawl process."""

    def __init__(self, path: str | Path, batch_size: int = 25, max_delay: float = 10.0) -> None:
        self.path = str(path)
        self.db = open_db(path)
        self.batch_size = max(1, batch_size)
        self.max_delay = max_delay  #: seconds a queued row may wait for its commit
        self._last_flush = time.monotonic()
        self.crawl_id: int | None = None
        self._articles: list[ArticleItem] = []
        self._failures: list[dict[str, Any]] = []
        self._skipped: list[dict[str, Any]] = []
        #: Called with the database inside every batch's transaction, after its rows are
        #: written (e.g. the WARC files are synced, re-extraction retires moved rows).
        self.commit_hooks: list[Callable[[sqlite_utils.Database], None]] = []

    # --- crawls ----------------------------------------------------------------------

    def start_crawl(self, spider: str) -> int:
        """Record the start of a crawl and return its id."""
        table = self.db.table("crawls")
        with self.db.atomic():
            table.insert({"spider": spider, "started_at": utcnow()})
        crawl_id = int(table.last_pk or 0)
        self.crawl_id = crawl_id
        return crawl_id

    def finish_crawl(self, crawl_id: int, reason: str, stats: dict[str, Any]) -> None:
        """Record the end of a crawl with Scrapy's stats."""
        self.flush()
        with self.db.atomic():
            self.db.table("crawls").update(
                crawl_id,
                {
                    "finished_at": utcnow(),
                    "finish_reason": reason,
                    "stored": int(stats.get("archive/stored", 0)),
                    "failed": int(stats.get("archive/failed", 0)),
                    "skipped": int(stats.get("archive/skipped", 0)),
                    "stats": json.dumps(stats, default=str, sort_keys=True),
                },
            )

    # --- buffered writes -------------------------------------------------------------

    def add_article(self, item: ArticleItem) -> None:
        """Queue an article (or, with ``original_url`` set, a copy) for the next batch."""
        self._articles.append(item)
        self._maybe_flush()

    def add_failure(self, failure: FailureItem) -> None:
        """Queue a failure row."""
        row = asdict(failure)
        row.update(crawl_id=self.crawl_id, recorded_at=utcnow())
        self._failures.append(row)
        self._maybe_flush()

    def add_skipped(
        self, url: str, site: str, title: str, relevance: float, reason: str, detail: str = "",
        **located: Any,
    ) -> None:  # fmt: skip
        """Queue a skipped (off-topic) page (``located``: its ``warc_*`` columns)."""
        self._skipped.append(
            {"url": url, "site": site, "title": title, "relevance": relevance,
             "reason": reason, "detail": detail, "crawl_id": self.crawl_id,
             "recorded_at": utcnow(), **located}
        )  # fmt: skip
        self._maybe_flush()

    @property
    def pending(self) -> int:
        """How many rows wait for the next commit."""
        return len(self._articles) + len(self._failures) + len(self._skipped)

    def _maybe_flush(self) -> None:
        stale = time.monotonic() - self._last_flush >= self.max_delay
        if self.pending >= self.batch_size or stale:
            self.flush()

    def flush(self) -> None:
        """Write everything queued in one transaction."""
        self._last_flush = time.monotonic()
        if not self.pending:
            return
        articles, self._articles = self._articles, []
        failures, self._failures = self._failures, []
        skipped, self._skipped = self._skipped, []
        with self.db.atomic():
            for item in articles:
                self._write_article(item)
            if failures:
                self.db.table("failures").upsert_all(failures, pk=("url", "stage"))
            if skipped:
                self.db.table("skipped").upsert_all(skipped, pk="url")
            for hook in self.commit_hooks:
                hook(self.db)
        logger.debug(
            "committed %d articles, %d failures, %d skipped",
            len(articles),
            len(failures),
            len(skipped),
        )

    def _write_article(self, item: ArticleItem) -> None:
        if item.original_url:
            self.db.table("copies").upsert(copy_row(item), pk="url")
            return
        if item.demote_url:
            self._demote(item.demote_url, item)
        self.db.table("articles").upsert(article_row(item), pk="url")
        search.index_article(self.db, item.url)
        self.db.execute("DELETE FROM copies WHERE url = ?", [item.url])
        self.db.execute("DELETE FROM fingerprints WHERE article_url = ?", [item.url])
        self.db.table("fingerprints").insert_all(
            ({"article_url": item.url, "hash": h} for h in set(item.fingerprints)), ignore=True
        )
        self.db.execute("DELETE FROM failures WHERE url = ?", [item.url])
        for kind, names in (("banks", item.banks), ("networks", item.networks)):
            column = kind[:-1]
            link = f"article_{kind}"
            self.db.execute(f"DELETE FROM {link} WHERE article_url = ?", [item.url])
            if names:
                self.db.table(kind).insert_all(({"name": n} for n in names), ignore=True)
                self.db.table(link).insert_all(
                    ({"article_url": item.url, column: n} for n in names), ignore=True
                )

    def _demote(self, url: str, original: ArticleItem) -> None:
        """Move the stored article ``url`` into ``copies`` as a copy of ``original``."""
        rows = list(self.db.query("SELECT * FROM articles WHERE url = ?", [url]))
        if not rows:
            return
        row = rows[0]
        self.db.table("copies").upsert(
            {"url": url, "site": row["site"], "original_url": original.url,
             "title": row["title"], "source": row["source"],
             "similarity": original.similarity, "published": row["published"],
             "fetched_at": row["fetched_at"], **{k: row.get(k) for k in WARC_FIELDS}},
            pk="url",
        )  # fmt: skip
        self.db.execute(
            "UPDATE copies SET original_url = ? WHERE original_url = ?", [original.url, url]
        )
        for table in ("article_banks", "article_networks", "fingerprints"):
            self.db.execute(f"DELETE FROM {table} WHERE article_url = ?", [url])
        search.unindex_article(self.db, url)
        self.db.execute("DELETE FROM articles WHERE url = ?", [url])

    def close(self) -> None:
        """Commit what is queued and close the file."""
        self.flush()
        self.db.close()


def known_urls(path: str | Path) -> set[str]:
    """Every URL the archive has already dealt with (articles, copies, skipped pages),
    normalised as spiders compare them (rows may hold an address as fetched)."""
    if not Path(path).exists():
        return set()
    db = open_db(path)
    try:
        urls: set[str] = set()
        for sql in (
            "SELECT url FROM articles UNION SELECT fetched_url FROM articles "
            "UNION SELECT listed_url FROM articles",
            "SELECT url FROM copies",
            "SELECT url FROM skipped",
        ):
            urls.update(normalize_url(row[0]) for row in db.execute(sql).fetchall() if row[0])
        return urls
    finally:
        db.close()


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
