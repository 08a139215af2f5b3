"""The facet counts caught up beside the writer, on the second core (issue 17).

The batched ingest notes the rowids it wrote in ``facet_counts_pending``
(:func:`facets.defer`); counting them (:func:`facets.catch_up`) used to take a quarter
of the writer's time. :class:`FacetCounter` does it in a thread of its own, with its own
connection, in two steps:

1. **read** (a read transaction; WAL lets it run while the writer writes): the pending
   articles' facet columns and their cells counted (:func:`facets.snapshot`; in Python,
   a quarter of the CPU of SQLite's ``GROUP BY``, though it holds the GIL meanwhile);
2. **write** (a short transaction of its own, taken in turn with the writer's through
   :class:`WriteLock`): the pending rows are looked at again; when none changed, was
   deleted or counted meanwhile, the counts are added and those rows forgotten
   (:func:`facets.apply`); otherwise everything pending is counted as it is now, in the
   same transaction (:func:`facets.catch_up`). The counts equal a recount either way.

Nothing is lost if the process dies: pending rows stay until a committed round forgets
them, and the next :class:`~newsarchive.archive.storage.Archive` counts the leftovers.

A second writer on the same file breaks a deferred transaction that read before it
writes (``SQLITE_BUSY_SNAPSHOT`` when the other committed meanwhile), so the archive's
connection starts its transactions ``IMMEDIATE`` (:class:`ArchiveDatabase`), under the
same lock as the counter's writes.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Generator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from newsarchive.archive import facets
from newsarchive.sqlite import sqlite3

logger = logging.getLogger(__name__)

#: Milliseconds the counter's connection waits for another process's write lock.
BUSY_TIMEOUT_MS = 60_000
#: The counter's page cache, KiB: the counts table and the pending articles' pages.
CACHE_KIB = 16_384
#: Seconds without a request after which the counter's thread ends and closes its
#: connection (the next request starts another): an idle archive holds no thread.
IDLE_SECONDS = 10.0

#: Serialises the write transactions of one process's connections to one file.
WriteLock = threading.RLock


class ArchiveDatabase(sqlite_utils.Database):
    """A sqlite-utils database whose outermost :meth:`atomic` takes the process's write
    lock and begins ``IMMEDIATE`` (nested blocks stay savepoints)."""

    write_lock: Any = None  #: set by the archive (a :data:`WriteLock`)

    @contextmanager
    def atomic(self) -> Generator[sqlite_utils.Database, None, None]:
        if self.conn.in_transaction or self.write_lock is None:
            with super().atomic() as db:
                yield db
            return
        with self.write_lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")


def count_round(conn: sqlite3.Connection, lock: Any) -> int:
    """One catch-up of the facet counts from ``conn`` (autocommit): read, then write under
    ``lock``. Returns how many articles were counted."""
    conn.execute("BEGIN")
    try:
        window = facets.snapshot(conn)
    finally:
        conn.execute("COMMIT")
    if not window.articles:
        return 0
    with lock:
        conn.execute("BEGIN IMMEDIATE")
        try:
            counted = facets.apply(conn, window)
            if counted is None:  # a pending row changed meanwhile: count them as they are
                counted = facets.catch_up(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return counted


class FacetCounter:
    """A thread that catches the facet counts of ``path`` up when asked (:meth:`request`);
    started by the first request, ended after :data:`IDLE_SECONDS` without one."""

    def __init__(self, path: str | Path, lock: Any) -> None:
        self.path, self.lock = str(path), lock
        self.counted = 0  #: articles counted so far
        self.rounds = 0  #: rounds that counted something
        self.cpu = 0.0  #: CPU seconds the rounds took (this thread's)
        self.error: Exception | None = None  #: the last round's error (rows stay pending)
        self.idle_seconds = IDLE_SECONDS
        self._state = threading.Condition()
        self._requested = self._busy = self._stopping = self._running = False
        self._thread: threading.Thread | None = None

    def request(self) -> None:
        """Ask for a round (returns at once; requests made during a round add one more)."""
        with self._state:
            if self._stopping:
                return
            self._requested = True
            if not self._running:
                self._running = True
                self._thread = threading.Thread(target=self._run, name="facet-counts",
                                                daemon=True)  # fmt: skip
                self._thread.start()
            self._state.notify_all()

    def wait(self) -> None:
        """Return once no round is asked for or running."""
        with self._state:
            while (self._requested or self._busy) and self._running:
                self._state.wait(0.5)

    def close(self) -> None:
        """Finish the rounds asked for and stop the thread."""
        with self._state:
            self._stopping = True
            self._state.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join()

    @property
    def running(self) -> bool:
        """Whether the thread is there (it ends when idle)."""
        return self._running

    def _run(self) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            conn.execute("PRAGMA temp_store = MEMORY")
            while self._next():
                started = time.thread_time()
                try:
                    counted = count_round(conn, self.lock)
                    self.counted += counted
                    self.rounds += counted > 0
                    self.error = None
                except Exception as error:  # the rows stay pending: counted later
                    logger.warning("facet counts not caught up (%s); they stay pending", error)
                    self.error = error
                finally:
                    self.cpu += time.thread_time() - started
                    with self._state:
                        self._busy = False
                        self._state.notify_all()
        finally:
            conn.close()

    def _next(self) -> bool:
        """Wait for a request (True, marked busy), the stop or the idle time (False: the
        thread ends)."""
        with self._state:
            if not self._requested and not self._stopping:
                self._state.wait(self.idle_seconds)
            if not self._requested:
                self._running = False
                self._state.notify_all()
                return False
            self._requested, self._busy = False, True
            return True
