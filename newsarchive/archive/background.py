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

Counting holds the GIL (0.5 s for a window of 10,000 articles), so a large round runs in a
**helper process** (started by the thread when a round has :data:`PROCESS_MIN` pending
articles or more, ended with the thread): the writer keeps the first core, the counting
takes the second; the helper's write waits for the writer's transaction through
SQLite's own lock (``BEGIN IMMEDIATE`` and the busy timeout), as the writer waits for it.
Small rounds (a slow crawl's) are counted in the thread: no start-up cost.

Nothing is lost if the thread or the helper dies: pending rows stay until a committed
round forgets them; a helper that dies mid-round is replaced by a round in the thread,
and the next :class:`~newsarchive.archive.storage.Archive` counts any leftovers.

A second writer on the same file breaks a deferred transaction that read before it
writes (``SQLITE_BUSY_SNAPSHOT`` when the other committed meanwhile), so the archive's
connection starts its transactions ``IMMEDIATE`` (:class:`ArchiveDatabase`), under the
same lock as the counter's writes.
"""

from __future__ import annotations

import contextlib
import json
import logging
import subprocess
import sys
import threading
import time
from collections.abc import Generator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

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
#: Pending articles from which a round is counted in the helper process (a window of
#: 10,000 takes ~0.5 CPU-s; starting the helper ~0.2 s, once per busy spell).
PROCESS_MIN = 2_000

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


def connect(path: str) -> sqlite3.Connection:
    """A counter's connection (autocommit; its own cache and busy timeout)."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def pending(conn: sqlite3.Connection) -> int:
    """How many articles wait to be counted."""
    return int(conn.execute(f"SELECT count(*) FROM {facets.PENDING}").fetchone()[0])


def serve(path: str, requests: IO[str], answers: IO[str]) -> None:
    """The helper process: a round for each line read, answered with a JSON line
    (articles counted, CPU seconds, the error's type and message or null), until EOF."""
    conn = connect(path)
    try:
        for _ in requests:
            started = time.process_time()
            counted, error = 0, None
            try:
                counted = count_round(conn, contextlib.nullcontext())
            except Exception as failed:  # (sent back; the rows stay pending)
                error = [type(failed).__name__, str(failed)]
            answer = {"counted": counted, "cpu": time.process_time() - started, "error": error}
            answers.write(json.dumps(answer) + "\n")
            answers.flush()
    finally:
        conn.close()


def _error(name: str, message: str) -> Exception:
    """A helper's error as the exception it was (SQLite's errors), else RuntimeError."""
    kind = getattr(sqlite3, name, None)
    if isinstance(kind, type) and issubclass(kind, Exception):
        return kind(message)
    return RuntimeError(f"{name}: {message}")


class Helper:
    """A process counting rounds for a :class:`FacetCounter`'s thread, which waits for
    each answer without the GIL. Started as ``python -m newsarchive.archive.background
    PATH`` (a fresh interpreter: nothing inherited, the caller's main module not run
    again); one request and one answer a line on its standard input and output."""

    def __init__(self, path: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", __name__, path], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, encoding="utf-8", close_fds=True,
        )  # fmt: skip
        self.requests: IO[str] = self.process.stdin  # type: ignore[assignment]
        self.answers: IO[str] = self.process.stdout  # type: ignore[assignment]

    @property
    def pid(self) -> int:
        return self.process.pid

    def round(self) -> tuple[int, float]:
        """Count a round there: (articles counted, CPU seconds). Raises the round's
        error, or ``EOFError``/``OSError`` if the process died."""
        self.requests.write("round\n")
        self.requests.flush()
        line = self.answers.readline()
        if not line:
            raise EOFError(f"helper process ended ({self.process.poll()})")
        answer = json.loads(line)
        if answer["error"]:
            raise _error(*answer["error"])
        return int(answer["counted"]), float(answer["cpu"])

    def close(self) -> None:
        """End the process (it leaves at the end of its input; killed if it does not)."""
        for stream in (self.requests, self.answers):
            with contextlib.suppress(OSError):  # (a dead helper's pipe)
                stream.close()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class FacetCounter:
    """A thread that catches the facet counts of ``path`` up when asked (:meth:`request`);
    started by the first request, ended after :data:`IDLE_SECONDS` without one."""

    def __init__(self, path: str | Path, lock: Any) -> None:
        self.path, self.lock = str(path), lock
        self.counted = 0  #: articles counted so far
        self.rounds = 0  #: rounds that counted something
        self.cpu = 0.0  #: CPU seconds the rounds took (this thread's and the helper's)
        self.error: Exception | None = None  #: the last round's error (rows stay pending)
        self.idle_seconds = IDLE_SECONDS
        self.process_min = PROCESS_MIN  #: pending articles from which the helper counts
        self.helper_deaths = 0  #: helper processes that ended in a round
        self._helper: Helper | None = None
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

    @property
    def helper_pid(self) -> int | None:
        """The helper process's id while there is one."""
        helper = self._helper
        return helper.pid if helper is not None else None

    def _run(self) -> None:
        conn = connect(self.path)
        try:
            while self._next():
                started = time.thread_time()
                try:
                    counted, cpu = self._round(conn)
                    self.cpu += cpu
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
            if self._helper is not None:
                self._helper.close()
                self._helper = None

    def _round(self, conn: sqlite3.Connection) -> tuple[int, float]:
        """One round: in the helper once a round is large (articles counted, the
        helper's CPU seconds), else here (the thread's CPU is timed by the caller)."""
        if self._helper is None and pending(conn) >= self.process_min:
            self._helper = Helper(self.path)
        helper = self._helper
        if helper is None:
            return count_round(conn, self.lock), 0.0
        try:
            return helper.round()
        except (EOFError, OSError) as died:  # (its rows stay pending: counted here)
            logger.warning("facet counter process ended (%r); counting here", died)
            self._helper = None
            self.helper_deaths += 1
            helper.close()
            return count_round(conn, self.lock), 0.0

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


if __name__ == "__main__":  # the helper process (:class:`Helper`)
    serve(sys.argv[1], sys.stdin, sys.stdout)
