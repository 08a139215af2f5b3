"""The facet counts caught up beside the writer (newsarchive/archive/background.py): the
writer and the counter interleaved, a counter that dies between its read and its write,
and the writer's own transactions while the counter writes."""

from __future__ import annotations

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
    archive.batch_size = 100
    for item in [to_item(row) for row in generate.generate_articles(5, 19)]:
        archive.add_article(item)
    archive.flush()  # a batch that is not full: a round at once, in a new thread
    counter.wait()
    assert pending(archive.conn) == 0
    assert counter.rounds == 2
    archive.close()
    recount_equals_counts(tmp_path / "a.db")
