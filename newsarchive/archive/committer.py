"""A batch's ``COMMIT`` in a thread of its own, while the caller prepares the next batch.

A bulk batch's commit (its pages written to the WAL, now and then a checkpoint) is a
sixth of the writer's CPU and runs in SQLite's C code, which releases Python's GIL. The
:class:`~newsarchive.archive.storage.Archive` of a bulk path (batches of
``tuning.PIPELINE_MIN_BATCH`` rows or more) writes a batch's rows in the caller's thread
as before, then hands the ``COMMIT`` to :class:`Committer`'s thread and returns: the
caller builds the next batch's rows (cleaning, JSON, index keys: Python) on the first
core while the commit runs on the second. The next batch, :meth:`Archive.flush` and any
other use of the archive's connection wait for it first (depth one).

Every guarantee stays: the queues are emptied only once the commit has succeeded; a
commit that fails is rolled back and its error raised to the caller at that wait, with
the rows still queued (they are written again by the next batch); a killed process loses
the uncommitted batch only, as before.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from newsarchive.sqlite import sqlite3


class Committer:
    """Begins a write transaction in the caller's thread (under the process's write lock)
    and commits it in a thread of its own. One transaction at a time; the connection must
    allow use from other threads (``check_same_thread=False``)."""

    def __init__(self, conn: sqlite3.Connection, lock: Any) -> None:
        self.conn, self.lock = conn, lock
        self.cpu = 0.0  #: CPU seconds the commit thread took
        self.commits = 0  #: transactions committed by the thread
        self._executor: ThreadPoolExecutor | None = None
        self._future: Future[None] | None = None

    @property
    def busy(self) -> bool:
        """Whether a transaction is open or committing (until :meth:`wait`)."""
        return self._future is not None

    def begin(self) -> None:
        """Take the write lock and begin ``IMMEDIATE`` (in the caller's thread)."""
        self.lock.acquire()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except BaseException:
            self.lock.release()
            raise

    def rollback(self) -> None:
        """Roll the transaction :meth:`begin` opened back and release the lock."""
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        finally:
            self.lock.release()

    def commit(self) -> None:
        """``COMMIT`` here and now (rolled back if it fails); the lock is released."""
        self._settle(lambda: self.conn.execute("COMMIT"))

    def _settle(self, step: Callable[[], object]) -> None:
        """``step()``, the transaction rolled back if it raises; the lock released either way."""
        try:
            step()
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self.lock.release()

    def commit_later(self) -> None:
        """Start the ``COMMIT`` in the commit thread; :meth:`wait` for it."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="archive-commit")
        self._future = self._executor.submit(self._commit)

    def _commit(self) -> None:
        started = time.thread_time()
        try:
            self.conn.execute("COMMIT")
            self.commits += 1
        finally:
            self.cpu += time.thread_time() - started

    def wait(self) -> None:
        """Wait for the commit started by :meth:`commit_later`; if it failed, roll back and
        raise its error. The lock is released either way."""
        future, self._future = self._future, None
        if future is None:
            return
        self._settle(future.result)

    def close(self) -> None:
        """Wait for a pending commit (raising its error) and end the thread."""
        try:
            self.wait()
        finally:
            if self._executor is not None:
                self._executor.shutdown()
                self._executor = None


class Settled:
    """An attribute of an archive read through its ``_settle()``: a batch being committed
    is committed first (its connection is the caller's again)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, archive: Any, owner: type | None = None) -> Any:
        if archive is None:
            return self
        archive._settle()
        return getattr(archive, self.name)
