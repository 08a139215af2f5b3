"""The addresses the archive has dealt with, as a spider asks about them.

A spider must not fetch again what is stored (articles, copies, skipped pages) nor what
it has requested in this run. :class:`KnownUrls` answers ``url in known`` from the
archive's ``known_urls`` table (a 64-bit key per normalised address, see
:func:`newsarchive.archive.rows.url_key`) with indexed lookups, a batch of candidate
URLs at a time (:meth:`KnownUrls.prefetch`), and a bounded cache: nothing is loaded up
front, so start-up costs the same on an empty archive and on a million articles.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsarchive.archive.rows import url_key
from newsarchive.sqlite import sqlite3
from newsarchive.urls import normalize_url

#: Answers from the archive kept in memory (the oldest leave first).
CACHE_SIZE = 100_000


class KnownUrls:
    """Set-like: ``url in known`` and ``known.add(url)`` (``url`` as listed or normalised).

    ``path`` is the archive; ``None``: only the URLs added are known.
    """

    def __init__(self, path: str | Path | None = None, cache_size: int = CACHE_SIZE) -> None:
        self.path = None if path is None else str(path)
        self.cache_size = cache_size
        self._added: set[int] = set()  #: requested in this run
        self._cache: OrderedDict[int, bool] = OrderedDict()
        self._conn: sqlite3.Connection | None = None
        self.lookups = 0  #: queries made (for tests and benchmarks)

    def add(self, url: str) -> None:
        """Note ``url`` as dealt with (requested in this run)."""
        self._added.add(url_key(url))

    def __contains__(self, url: object) -> bool:
        if not isinstance(url, str):
            return False
        key = url_key(url)
        if key in self._added:
            return True
        if key not in self._cache:
            self._lookup([key])
        return self._cache.get(key, False)

    def __len__(self) -> int:
        """URLs added in this run (the archive's are not counted)."""
        return len(self._added)

    def prefetch(self, urls: Iterable[str]) -> None:
        """Look up many URLs in one query, so the next ``in`` tests are answered from memory."""
        keys = {url_key(u) for u in urls}
        self._lookup([k for k in keys if k not in self._added and k not in self._cache])

    def _lookup(self, keys: list[int]) -> None:
        if not keys:
            return
        found: set[int] = set()
        conn = self._connect()
        if conn is not None:
            self.lookups += 1
            try:
                rows = conn.execute(
                    "SELECT key FROM known_urls WHERE key IN (SELECT value FROM json_each(?))",
                    [json.dumps(keys)],
                )
                found = {row[0] for row in rows}
            except sqlite3.OperationalError:  # not migrated yet: nothing stored
                found = set()
        for key in keys:
            self._cache[key] = key in found
            self._cache.move_to_end(key)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    def _connect(self) -> sqlite3.Connection | None:
        if self._conn is None and self.path is not None and Path(self.path).exists():
            self._conn = sqlite3.connect(self.path, check_same_thread=False)
            self._conn.execute("PRAGMA busy_timeout = 10000")
        return self._conn

    def close(self) -> None:
        """Close the connection to the archive (it opens again when needed)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def archived_urls(path: str | Path, chunk: int = 5000) -> Iterator[list[str]]:
    """Every address the archive has dealt with (articles as stored, fetched and listed;
    copies; skipped pages), normalised, in lists of at most ``chunk`` (streamed: a
    distributed crawl seeds its shared "archived" set with them)."""
    if not Path(path).exists():
        return
    conn = sqlite3.connect(str(path))
    try:
        cursor = conn.execute(
            "SELECT url, fetched_url, listed_url FROM articles UNION ALL "
            "SELECT url, NULL, NULL FROM copies UNION ALL SELECT url, NULL, NULL FROM skipped"
        )
        while rows := cursor.fetchmany(chunk):
            yield sorted({normalize_url(url) for row in rows for url in row if url})
    finally:
        conn.close()
