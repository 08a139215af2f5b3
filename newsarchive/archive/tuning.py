"""The writer's settings: its connection, the batch sizes, the facet-count windows.

Every figure here was measured with ``newsarchive bench ingest`` (generated articles,
both FTS5 indexes, the duplicate index and the facet counts, on the 2-core machine).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from newsarchive.sqlite import sqlite3

#: The writer's page cache, KiB (SQLite's default is 2 MB): the articles' indexes, both
#: FTS5 indexes and the facet counts are touched by every batch; pages read again from
#: the OS cost system time.
WRITER_CACHE_KIB = 65_536
#: WAL pages after which a commit checkpoints (SQLite's default is 1,000, 4 MB): fewer
#: checkpoints (each one fsyncs the database file) and pages written by several batches
#: copied back once. A commit is durable in the WAL, so a killed crawl loses nothing more.
WRITER_CHECKPOINT_PAGES = 10_000

# FTS5 settings of both indexes are SQLite's defaults (automerge 4, crisismerge 16, pgsz
# 4,050). Measured at 100,000 articles, batches of 2,000 (writer thread CPU-s of the
# COMMIT, 30 Nov 2026, loaded machine): defaults 9.8-10.3; automerge 16 with crisismerge
# 64: 9.3; no checkpoints at all: 8.9; a 256 MB cache: 9.8. Within the spread: not
# adopted (more segments a level also cost every query).


#: The facet counts of written articles are caught up (by the archive's ``FacetCounter``
#: beside the writer, :mod:`~newsarchive.archive.background`) once this many are pending
#: (distinct cells, one upsert each, an article: 21.1 a window of 2,000, 11.4 of 10,000) ...
FACET_WINDOW = 10_000
#: ... or this many seconds after the last time (checked at each batch), after a batch
#: that was not full, and when the archive is closed or a crawl finishes: counting a
#: window at once shares most of its articles' cells (a fifth of the upserts of counting
#: every batch of 200).
FACET_DELAY = 30.0


def tune_writer(conn: sqlite3.Connection) -> None:
    """Settings of a connection that writes batches (see the constants above)."""
    conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
    conn.execute(f"PRAGMA wal_autocheckpoint = {WRITER_CHECKPOINT_PAGES}")
    conn.execute("PRAGMA temp_store = MEMORY")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off inside the block (on again after it, if it was
    on). Writing a batch allocates some 100,000 short-lived tuples (the duplicate index's
    pairs, the rows' values) without a reference cycle: each allocation burst set off
    collections that walked every surviving object, a tenth of the writer's CPU."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


#: Rows a batch of the bulk paths (``import-warc``, ``reextract``: pages read from disk,
#: not fetched), against the crawl's ``ARCHIVE_BATCH_SIZE`` of 200; those commands set
#: ``ARCHIVE_BATCH_SIZE`` to this unless it is given (``--set`` or the environment). A
#: batch is one transaction: a killed run loses at most the rows it had queued (they are
#: read again on the next run, as the queued rows of a crawl are fetched again), never a
#: committed one; a row that cannot be written still becomes a failure row alone. At most
#: ``dedupe.SEEN_LIMIT``: the dedupe stage keeps every uncommitted article in memory to
#: find a copy of it in the same batch. Rates by batch size: README, "Storage".
BULK_BATCH_SIZE = 2_000
#: Seconds a row of the bulk paths may wait for its commit (their ``ARCHIVE_FLUSH_SECONDS``,
#: the crawl's is 10): an import of 50-100 pages/s fills a batch of 2,000 in 20-40 s, so
#: the crawl's 10 s would cut it to a quarter.
BULK_FLUSH_SECONDS = 60.0
#: With ``ARCHIVE_PIPELINE_COMMIT`` on, batches of this many rows or more (the bulk paths')
#: are committed in a thread while the caller queues the next batch
#: (:mod:`~newsarchive.archive.committer`); smaller ones (a crawl's) always commit before
#: ``flush`` returns. On by default: on the quiet 2-core machine it took 100,000 articles
#: from 1,628-1,853 to 2,134-2,494 per second (under load 2-5 it gained nothing; README,
#: "Benchmark").
PIPELINE_MIN_BATCH = 1_000


def pipelined(setting: bool, batch_size: int) -> bool:
    """Whether an archive with this batch size commits in a thread (the setting on and
    the batches large enough)."""
    return setting and batch_size >= PIPELINE_MIN_BATCH
