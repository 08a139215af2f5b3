"""Precomputed facet counts (newsarchive/archive/facets.py) equal counting the rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from facet_helpers import ORDERED, recount_equals_counts

from newsarchive.archive import facets, storage
from newsarchive.bench import generate
from newsarchive.bench.ingest import to_item

FILTERS = [
    [], [("site", "welt")], [("year", "2015")], [("year__gte", "2020")],
    [("site__in", "welt,faz")], [("banks__arraycontains", "Commerzbank")],
    [("site", "t3n"), ("year__lt", "2014"), ("networks__arraycontains", "TikTok")],
]  # fmt: skip


def json_list(value: str | None) -> list[Any]:
    """A list column as the triggers read it: anything but a JSON array is empty."""
    try:
        data = json.loads(value or "")
    except ValueError:
        return []
    return data if isinstance(data, list) else []


def truth(conn: Any, pairs: list[tuple[str, str]], facet: str) -> dict[Any, int]:
    """The counts of ``facet`` over the matching rows, counted row by row in Python."""
    ops = {"": "==", "exact": "==", "gte": ">=", "lt": "<"}
    found: dict[Any, int] = {}
    for row in conn.execute("SELECT * FROM articles").fetchall():
        article = dict(zip([d[0] for d in conn.execute("SELECT * FROM articles LIMIT 0")
                            .description], row, strict=True))  # fmt: skip
        ok = True
        for key, value in pairs:
            column, _, lookup = key.partition("__")
            if lookup == "arraycontains":
                ok &= value in json_list(article[column])
            elif lookup == "in":
                ok &= article[column] in value.split(",")
            else:
                wanted: Any = int(value) if column == "year" else value
                ok &= eval(f"a {ops[lookup]} b", {"a": article[column], "b": wanted})
        if not ok:
            continue
        values = json_list(article[facet]) if facet in facets.LISTS else [article[facet]]
        for v in values:
            if v is not None:
                found[v] = found.get(v, 0) + 1
    return found


@pytest.fixture
def db(tmp_path: Path) -> Any:
    path = tmp_path / "archive.db"
    generate.build(path, 400, seed=3)
    return storage.open_db(path)


@pytest.mark.parametrize("pairs", FILTERS)
def test_counts_equal_counting_the_rows(db: Any, pairs: list[tuple[str, str]]) -> None:
    query = facets.answerable(pairs)
    assert query is not None
    for facet in facets.FACETS:
        assert dict(facets.counts(db.conn, query, facet, 1000)) == truth(db.conn, pairs, facet)
    assert facets.total(db.conn, query) == sum(truth(db.conn, pairs, "site").values())


def test_triggers_follow_updates_and_deletes(db: Any) -> None:
    url = db.execute("SELECT url FROM articles LIMIT 1").fetchone()[0]
    db.execute("UPDATE articles SET site = 'neu', banks = '[\"Neue Bank\"]' WHERE url = ?", [url])
    db.execute("INSERT INTO articles (url, site, year, banks, networks) "
               "VALUES ('u', 'welt', 2015, 'kein JSON', '{\"a\": 1}')")  # fmt: skip
    db.execute("DELETE FROM articles WHERE url = (SELECT url FROM articles LIMIT 1 OFFSET 5)")
    for pairs in [*FILTERS, [("banks__arraycontains", "Neue Bank")]]:
        query = facets.answerable(pairs)
        assert query is not None
        for facet in facets.FACETS:
            assert dict(facets.counts(db.conn, query, facet, 1000)) == truth(db.conn, pairs, facet)


def test_rebuild_recounts(db: Any) -> None:
    before = db.execute("SELECT * FROM facet_counts ORDER BY 1, 2, 3, 4, 5, 6").fetchall()
    db.execute("UPDATE facet_counts SET n = n + 7")
    facets.rebuild(db.conn)
    assert db.execute("SELECT * FROM facet_counts ORDER BY 1, 2, 3, 4, 5, 6").fetchall() == before


@pytest.mark.parametrize("pairs", [
    [("_suche", "Bank")], [("title", "x")], [("year", "zwanzig")], [("_where", "1")],
    [("banks__arraycontains", "A"), ("networks__arraycontains", "B")],
])  # fmt: skip
def test_unanswerable_filters(pairs: list[tuple[str, str]]) -> None:
    assert facets.answerable(pairs) is None


def test_batched_writes_count_like_the_triggers(tmp_path: Path) -> None:
    """The store's batches pause the triggers and count in one statement: the counts equal
    a recount, after new articles and after stored ones change their facets."""
    archive = storage.Archive(tmp_path / "a.db", batch_size=50)
    items = [to_item(row) for row in generate.generate_articles(60, 5)]
    for item in items:
        archive.add_article(item)
    archive.flush()
    for item in items[:30]:  # stored again with other banks, sites and years
        item.banks, item.site, item.published = ["Neue Bank"], "neu", "2001-02-03"
        archive.add_article(item)
    archive.flush()
    items[40].section = 5  # type: ignore[assignment]  # (stored as text: counted in SQL)
    archive.add_article(items[40])
    archive.close()
    db = storage.open_db(tmp_path / "a.db")
    ordered = "SELECT * FROM facet_counts ORDER BY 1, 2, 3, 4, 5, 6"
    counted = db.execute(ordered).fetchall()
    assert db.execute("SELECT count(*) FROM facet_counts_paused").fetchone()[0] == 0
    facets.rebuild(db.conn)
    assert counted == db.execute(ordered).fetchall()
    assert ("neu", 2001, "", "", "banks", "Neue Bank", 30) in counted
    query = facets.answerable([("banks__arraycontains", "Neue Bank")])
    assert facets.counts(db.conn, query, "site", 10) == [("neu", 30)]
    assert facets.total(db.conn, query) == 30


@pytest.mark.parametrize(("row", "expected"), [
    ({"site": "welt", "year": 2015, "banks": '["A"]', "networks": "kein JSON"},
     [("welt", 2015, "", "", facet, v)
      for facet, v in (("site", "welt"), ("year", 2015), ("banks", "A"))]),
    # under a list filter: no site or year facet, not the filter's own value
    ({"site": "welt", "year": 2015, "section": "s", "banks": '["A", "B"]', "networks": '["X"]'},
     [("welt", 2015, "", "", facet, v) for facet, v in (
         ("site", "welt"), ("year", 2015), ("section", "s"), ("banks", "A"), ("banks", "B"),
         ("networks", "X"))]
     + [("welt", 2015, "banks", "A", facet, v)
        for facet, v in (("section", "s"), ("banks", "B"), ("networks", "X"))]
     + [("welt", 2015, "banks", "B", facet, v)
        for facet, v in (("section", "s"), ("banks", "A"), ("networks", "X"))]
     + [("welt", 2015, "networks", "X", facet, v)
        for facet, v in (("section", "s"), ("banks", "A"), ("banks", "B"))]),
    ({"site": None, "year": None, "section": "x", "banks": "{}", "networks": None},
     [("", 0, "", "", "section", "x")]),
    ({"site": "welt", "banks": "[1]"}, None),
    ({"site": "welt", "section": 5}, None),
])  # fmt: skip
def test_cells_of_a_row(row: dict[str, Any], expected: list[Any] | None) -> None:
    assert facets.cells(row) == expected


def test_counts_wait_for_their_window_and_then_equal_a_recount(tmp_path: Path) -> None:
    """Written articles are pending until the window is full; pending rows changed or
    deleted by other writers (triggers active) are counted as they end up."""
    archive = storage.Archive(tmp_path / "a.db", batch_size=20)
    archive.facet_window, archive.facet_delay = 50, 3600.0
    for item in [to_item(row) for row in generate.generate_articles(40, 6)]:
        archive.add_article(item)
    archive.flush()
    conn = archive.conn
    assert conn.execute("SELECT count(*) FROM facet_counts_pending").fetchone()[0] == 40
    assert conn.execute("SELECT count(*) FROM facet_counts").fetchone()[0] == 0
    conn.execute("UPDATE articles SET site = 'anders', banks = '[\"X-Bank\"]' WHERE rowid = 3")
    conn.execute("DELETE FROM articles WHERE rowid IN (5, 6)")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM facet_counts").fetchone()[0] == 0
    for item in [to_item(row) for row in generate.generate_articles(20, 7)]:
        archive.add_article(item)  # the window fills: counted after this batch
    archive.flush()
    archive.facet_counter.wait()  # (counted beside the writer)
    assert conn.execute("SELECT count(*) FROM facet_counts_pending").fetchone()[0] == 0
    conn.execute("UPDATE articles SET year = 1999 WHERE rowid = 3")  # counted: triggers
    conn.commit()
    archive.close()
    counted = recount_equals_counts(tmp_path / "a.db")
    assert ("anders", 1999, "", "", "banks", "X-Bank", 1) in counted


def test_a_killed_writers_pending_rows_are_counted_by_the_next(tmp_path: Path) -> None:
    archive = storage.Archive(tmp_path / "a.db", batch_size=10)
    for item in [to_item(row) for row in generate.generate_articles(30, 8)]:
        archive.add_article(item)
    archive.flush()
    archive.db.close()  # killed: no close(), the rows are pending
    storage.Archive(tmp_path / "a.db").db.close()  # the next writer counts them on opening
    assert len(recount_equals_counts(tmp_path / "a.db")) > 30


def test_an_existing_archive_gets_the_pending_table(tmp_path: Path) -> None:
    import sqlite_utils

    from newsarchive.archive.migrations import MIGRATIONS

    db = sqlite_utils.Database(tmp_path / "a.db")
    MIGRATIONS.apply(db, stop_before="m_facet_counts_pending")
    db["articles"].insert({"url": "https://t3n.de/a/", "site": "t3n", "year": 2021,
                           "banks": '["N26"]'})  # fmt: skip
    db.close()
    storage.Archive(tmp_path / "a.db").close()
    assert ("t3n", 2021, "", "", "banks", "N26", 1) in recount_equals_counts(tmp_path / "a.db")


def test_a_batch_that_is_not_full_counts_at_once(tmp_path: Path) -> None:
    """Rows that come slowly (a flush before the batch is full) wait for no window."""
    archive = storage.Archive(tmp_path / "a.db", batch_size=100)
    archive.facet_window, archive.facet_delay = 10_000, 3600.0
    for item in [to_item(row) for row in generate.generate_articles(7, 9)]:
        archive.add_article(item)
    archive.flush()
    archive.facet_counter.wait()
    conn = archive.conn
    assert conn.execute("SELECT count(*) FROM facet_counts_pending").fetchone()[0] == 0
    assert conn.execute("SELECT sum(n) FROM facet_counts WHERE filter = '' AND facet = 'site'"
                        ).fetchone()[0] == 7  # fmt: skip
    archive.close()


def test_an_archive_with_the_old_cells_is_recounted(db: Any, tmp_path: Path) -> None:
    """An archive of the old layout (site and year facets under each list filter) gets the
    new triggers and a recount when it is opened."""
    db.execute("INSERT INTO facet_counts VALUES ('welt', 2015, 'banks', 'A', 'site', 'welt', 3)")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm_facet_counts_fewer_cells'")
    db.conn.commit()
    db.close()
    counted = recount_equals_counts(tmp_path / "archive.db")
    assert not [c for c in counted if c[2] and c[4] in facets.KEY_COLUMNS]


def test_counted_cells_equal_a_recount_with_odd_rows(db: Any) -> None:
    """Python's count of a window (rows with a number in a list counted by SQLite), stored,
    equals SQLite's recount."""
    db.execute("UPDATE articles SET banks = '[1, \"Commerzbank\"]' WHERE rowid = 2")
    db.execute("UPDATE articles SET section = 7 WHERE rowid = 3")
    facets.rebuild(db.conn)
    recounted = db.execute(ORDERED).fetchall()
    names = ", ".join(facets.FACETS)
    rows = db.execute(f"SELECT rowid, {names} FROM articles").fetchall()
    db.execute("DELETE FROM facet_counts")
    db.conn.executemany(facets._UPSERT, facets.counted_cells(db.conn, rows))
    assert db.execute(ORDERED).fetchall() == recounted
