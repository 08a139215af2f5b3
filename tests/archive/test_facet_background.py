"""The facet counts caught up beside the writer (newsarchive/archive/background.py): the
writer and the counter interleaved, a counter that dies between its read and its write,
and the writer's own transactions while the counter writes."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path
from typing import Any

import pytest
from facet_helpers import recount_equals_counts

from newsarchive.archive import background, facets, storage
from newsarchive.bench import generate
from newsarchive.bench.ingest import to_item
from newsarchive.sqlite import sqlite3


def pending(conn: Any) -> int:
    return int(conn.execute("SELECT count(*) FROM facet_counts_pending").fetchone()[0])


def writer(path: Path, count: int, seed: int) -> tuple[storage.Archive, list[Any]]:
    """An archive with ``count`` articles written and pending (no round asked for)."""
    archive = storage.Archive(path, batch_size=count)
    archive.facet_window, archive.facet_delay = 10**9, 3600.0
    items = [to_item(row) for row in generate.generate_articles(count, seed)]
    for item in items:
        archive.add_article(item)
    archive.flush()
    archive.facet_counter.wait()
    assert pending(archive.conn) == count
    archive.batch_size = 1  # (a batch that is not full asks for a round at once)
    return archive, items


def counter_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None, check_same_thread=False)


def test_rows_written_after_the_read_stay_pending(tmp_path: Path) -> None:
    archive, _ = writer(tmp_path / "a.db", 30, 11)
    conn = counter_connection(tmp_path / "a.db")
    window = facets.snapshot(conn)
    for item in [to_item(row) for row in generate.generate_articles(10, 12)]:
        archive.add_article(item)  # written between the counter's read and its write
    archive.flush()
    with archive.db.write_lock:  # type: ignore[attr-defined]
        conn.execute("BEGIN IMMEDIATE")
        assert facets.apply(conn, window) == 30
        conn.execute("COMMIT")
    assert pending(archive.conn) == 10
    conn.close()
    archive.close()
    recount_equals_counts(tmp_path / "a.db")


@pytest.mark.parametrize("change", ["restore", "delete", "counted"])
def test_a_pending_row_changed_between_read_and_write_is_counted_as_it_is(
    tmp_path: Path, change: str
) -> None:
    archive, items = writer(tmp_path / "a.db", 30, 13)
    conn = counter_connection(tmp_path / "a.db")
    conn.execute("BEGIN")
    window = facets.snapshot(conn)
    conn.execute("COMMIT")
    if change == "restore":  # stored again with other facets (still pending)
        items[4].site, items[4].banks, items[4].published = "neu", ["Neue Bank"], "2002-01-01"
        archive.add_article(items[4])
        archive.flush()
    elif change == "delete":
        archive.conn.execute("DELETE FROM articles WHERE rowid = 7")
        archive.conn.commit()
    else:  # another writer counted them meanwhile
        archive.count_facets()
    with archive.db.write_lock:  # type: ignore[attr-defined]
        conn.execute("BEGIN IMMEDIATE")
        assert facets.apply(conn, window) is None  # nothing written
        conn.execute("ROLLBACK")
    assert background.count_round(conn, archive.db.write_lock) == (  # type: ignore[attr-defined]
        0 if change == "counted" else 30 - (change == "delete")
    )
    conn.close()
    archive.close()
    counts = recount_equals_counts(tmp_path / "a.db")
    if change == "restore":
        assert ("neu", 2002, "", "", "banks", "Neue Bank", 1) in counts


def test_a_counter_that_dies_between_read_and_write_loses_nothing(tmp_path: Path) -> None:
    archive, _ = writer(tmp_path / "a.db", 25, 14)
    conn = counter_connection(tmp_path / "a.db")
    facets.snapshot(conn)  # read, then the process dies: nothing written
    conn.close()
    archive.db.close()  # the writer dies too
    assert pending(sqlite3.connect(tmp_path / "a.db")) == 25
    storage.Archive(tmp_path / "a.db").close()  # the next writer counts the leftovers
    assert len(recount_equals_counts(tmp_path / "a.db")) > 25


def test_a_round_that_fails_in_its_write_rolls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, _ = writer(tmp_path / "a.db", 20, 15)
    real = facets.apply

    def broken(conn: Any, window: facets.Window) -> int | None:
        real(conn, window)  # counts written and pending rows deleted ...
        raise sqlite3.OperationalError("disk I/O error")  # ... then the write fails

    monkeypatch.setattr(facets, "apply", broken)
    archive.facet_counter.request()
    archive.facet_counter.wait()
    assert isinstance(archive.facet_counter.error, sqlite3.OperationalError)
    assert pending(archive.conn) == 20
    assert archive.conn.execute("SELECT count(*) FROM facet_counts").fetchone()[0] == 0
    monkeypatch.undo()
    archive.close()
    recount_equals_counts(tmp_path / "a.db")


def test_writer_and_counter_interleaved_equal_a_recount(tmp_path: Path) -> None:
    """Many small windows counted beside a writer that also stores articles again (with
    other facets) and a reader of the counts: the counts equal a recount at the end."""
    archive = storage.Archive(tmp_path / "a.db", batch_size=15)
    archive.facet_window = 20
    items = [to_item(row) for row in generate.generate_articles(300, 16)]
    reader = counter_connection(tmp_path / "a.db")
    for n, item in enumerate(items, 1):
        archive.add_article(item)
        if n % 7 == 0:  # an earlier article stored again, maybe counted, maybe pending
            earlier = items[n // 2]
            earlier.site, earlier.banks = f"site{n % 3}", [f"Bank {n % 5}"]
            archive.add_article(earlier)
        if n % 50 == 0:
            reader.execute("SELECT sum(n) FROM facet_counts").fetchone()
    archive.close()
    reader.close()
    assert archive.facet_counter.rounds >= 2
    assert archive.facet_counter.counted >= 200
    recount_equals_counts(tmp_path / "a.db")


def test_a_read_then_write_transaction_waits_for_the_counter(tmp_path: Path) -> None:
    """The archive's transactions begin IMMEDIATE under the counter's lock: a block that
    reads, lets the counter try to commit, then writes does not fail with a stale read."""
    archive, _ = writer(tmp_path / "a.db", 20, 17)
    conn = counter_connection(tmp_path / "a.db")
    lock = archive.db.write_lock  # type: ignore[attr-defined]
    done: list[int] = []
    with archive.db.atomic():
        archive.conn.execute("SELECT count(*) FROM articles").fetchone()
        thread = threading.Thread(target=lambda: done.append(background.count_round(conn, lock)))
        thread.start()
        thread.join(0.5)
        assert thread.is_alive()  # its write waits for this transaction
        assert not done
        archive.conn.execute("UPDATE articles SET section = 'Wirtschaft' WHERE rowid = 2")
    thread.join()
    assert done == [20]
    conn.close()
    archive.close()
    recount_equals_counts(tmp_path / "a.db")


def test_an_idle_counter_ends_its_thread_and_the_next_request_starts_one(tmp_path: Path) -> None:
    archive, _ = writer(tmp_path / "a.db", 10, 18)
    counter = archive.facet_counter
    counter.idle_seconds = 0.1
    assert not counter.running  # no request yet: no thread
    counter.request()
    counter.wait()
    assert pending(archive.conn) == 0
    for _ in range(100):
        if not counter.running:
            break
        threading.Event().wait(0.05)
    assert not counter.running
    store_short_batch(archive, 5, 19)  # a round at once, in a new thread
    counter.wait()
    assert pending(archive.conn) == 0
    assert counter.rounds == 2
    archive.close()
    recount_equals_counts(tmp_path / "a.db")


def helper_started(counter: background.FacetCounter) -> int:
    """The helper process's id, once the counter's thread has started it."""
    for _ in range(400):
        if counter.helper_pid is not None:
            return counter.helper_pid
        threading.Event().wait(0.05)
    raise AssertionError("no helper process started")


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_a_large_round_is_counted_in_a_helper_process_ended_with_the_archive(
    tmp_path: Path,
) -> None:
    archive, _ = writer(tmp_path / "a.db", 40, 20)
    counter = archive.facet_counter
    counter.process_min = 30  # (a round of 40 is large)
    counter.request()
    counter.wait()
    pid = helper_started(counter)
    assert pid != os.getpid()
    assert pending(archive.conn) == 0
    assert counter.counted == 40
    assert counter.cpu > 0
    assert counter.helper_deaths == 0
    archive.close()
    assert counter.helper_pid is None
    assert gone(pid)
    recount_equals_counts(tmp_path / "a.db")


def test_a_small_round_is_counted_in_the_thread(tmp_path: Path) -> None:
    archive, _ = writer(tmp_path / "a.db", 20, 21)
    archive.facet_counter.request()
    archive.facet_counter.wait()
    assert pending(archive.conn) == 0
    assert archive.facet_counter.helper_pid is None  # (20 < PROCESS_MIN: no start-up)
    archive.close()
    recount_equals_counts(tmp_path / "a.db")


def test_a_helper_killed_mid_round_loses_nothing(tmp_path: Path) -> None:
    """The helper is killed while its write waits for another connection's transaction:
    the thread counts the round itself, the next large round starts a new helper."""
    archive, _ = writer(tmp_path / "a.db", 40, 22)
    counter = archive.facet_counter
    counter.process_min = 30
    other = counter_connection(tmp_path / "a.db")
    other.execute("BEGIN IMMEDIATE")  # the helper's write must wait for this
    counter.request()
    pid = helper_started(counter)
    threading.Event().wait(0.5)  # (its read done, or not yet: either way mid-round)
    os.kill(pid, signal.SIGKILL)
    for _ in range(200):
        if counter.helper_deaths:
            break
        threading.Event().wait(0.05)
    assert counter.helper_deaths == 1  # the thread noticed, counts the round itself ...
    assert pending(other) == 40  # ... once the other transaction is over
    other.execute("ROLLBACK")
    counter.wait()
    assert pending(archive.conn) == 0
    assert counter.error is None
    store_short_batch(archive, 35, 23)  # a round at once, in a new helper
    counter.wait()
    assert pending(archive.conn) == 0
    assert helper_started(counter) != pid
    other.close()
    archive.close()
    recount_equals_counts(tmp_path / "a.db")


def test_a_helpers_error_comes_back_as_what_it_was(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "empty.db").close()  # (no archive tables)
    helper = background.Helper(str(tmp_path / "empty.db"))
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        helper.round()
    os.kill(helper.pid, signal.SIGKILL)
    helper.process.wait()
    with pytest.raises((EOFError, OSError)):
        helper.round()
    helper.close()


def store_short_batch(archive: storage.Archive, articles: int, seed: int) -> None:
    """Store generated articles in one batch that is not full (flushed at once)."""
    archive.batch_size = 100
    for item in [to_item(row) for row in generate.generate_articles(articles, seed)]:
        archive.add_article(item)
    archive.flush()
