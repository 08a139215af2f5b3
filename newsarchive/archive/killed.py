"""Crawls that were killed: their ``crawls`` rows closed when the next run opens the archive.

A crawl's row stays open (no ``finished_at``) while it runs. When its process died
(``kill -9``, a power cut), the next :class:`newsarchive.archive.storage.Archive` closes the
row as ``killed`` with the time of its last recorded row and its counts.
"""

from __future__ import annotations

import json
import os

from newsarchive.archive.migrations import utcnow
from newsarchive.sqlite import sqlite3


def _process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def close_killed_crawls(conn: sqlite3.Connection) -> int:
    """Close the ``crawls`` rows of crawls that were killed (unfinished, their process
    gone): ``finish_reason`` ``killed``, ``finished_at`` their last recorded row, the
    failures and skipped pages recorded for them counted. Returns how many."""
    rows = conn.execute("SELECT id, pid, started_at FROM crawls WHERE finished_at IS NULL")
    closed = 0
    for crawl_id, pid, started_at in rows.fetchall():
        if pid is not None and _process_alive(int(pid)):
            continue
        failed, failed_at = conn.execute(
            "SELECT count(*), max(recorded_at) FROM failures WHERE crawl_id = ?", [crawl_id]
        ).fetchone()
        skipped, skipped_at = conn.execute(
            "SELECT count(*), max(recorded_at) FROM skipped WHERE crawl_id = ?", [crawl_id]
        ).fetchone()
        last = max(t for t in (started_at, failed_at, skipped_at) if t)
        conn.execute(
            "UPDATE crawls SET finished_at = ?, finish_reason = 'killed', failed = ?, "
            "skipped = ?, stats = ? WHERE id = ?",
            [last, failed, skipped, json.dumps({"archive/closed_at": utcnow()}), crawl_id],
        )
        closed += 1
    return closed
